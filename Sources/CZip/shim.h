#ifndef TABCONV_CZIP_SHIM_H
#define TABCONV_CZIP_SHIM_H
#include <zip.h>
#endif
