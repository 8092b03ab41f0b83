#ifndef TABCONV_CLIBFUZZER_H
#define TABCONV_CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (LLVM 11 and later), for entry points that cannot be `main`: SwiftPM links
// each executable with `--defsym main=<Module>_main`, so a fuzz target defines `<Module>_main`
// and hands over to the driver from there.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
