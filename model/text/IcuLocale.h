#pragma once

#include <locale>

namespace lantern {

// The std::locale objects that Boost.Locale builds on ICU, created once per process and shared.
//
// Boost.Locale picks its backend at run time, and the POSIX and std backends silently do much less (no
// normalisation, no word segmentation, byte-order collation). Lantern's search keys and sort order would then
// differ between machines, so we insist on ICU and fail loudly when it is missing.
//
// Thread safety: the first call builds the locales (C++ guarantees one thread does so); afterwards the
// locales are immutable and Boost's ICU facets keep their mutable ICU objects per thread.
class IcuLocale final {
public:
    IcuLocale() = delete;

    // en_GB with UTF-8 narrow strings: collation, case folding, normalisation, boundaries and dates.
    // Throws lantern::Error(Internal) if Boost.Locale was built without its ICU backend.
    static const std::locale& enGb();
};

} // namespace lantern
