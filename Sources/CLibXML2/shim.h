#ifndef TABCONV_CLIBXML2_SHIM_H
#define TABCONV_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU; its headers then clash with Foundation's own ICU copy
// ("'UErrorCode' has different definitions"). Nothing here needs the ICU fields.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>

// xmlFree is a global function pointer: Swift 6 rejects it as shared mutable state.
static inline void tabconv_xmlFree(void *pointer) { xmlFree(pointer); }

static inline const char *tabconv_libxml2_version(void) { return LIBXML_DOTTED_VERSION; }
#endif
