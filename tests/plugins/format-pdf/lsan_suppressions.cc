// fontconfig (2.14, Debian 12) never frees part of the configuration it
// parses on first use (FcInitLoadConfigAndFonts), which pango triggers when
// the PDF output is typeset. That memory is fontconfig's, not this plugin's;
// LeakSanitizer reads this list when the tests run under -fsanitize=address.
extern "C" __attribute__((visibility("default"), used)) const char* __lsan_default_suppressions() {
  return "leak:libfontconfig.so\n";
}
