# Compile options for Lantern's own targets. Third-party headers come in as SYSTEM includes through their
# imported targets, so warnings-as-errors applies to our code only.
add_library(lantern_options INTERFACE)
target_compile_options(lantern_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                 -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wconversion
                                                 -Wno-sign-conversion)
target_compile_definitions(lantern_options INTERFACE QT_NO_CAST_FROM_ASCII QT_NO_KEYWORDS QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                                     QT_USE_QSTRINGBUILDER)
if(LANTERN_WARNINGS_AS_ERRORS)
  target_compile_options(lantern_options INTERFACE -Werror)
endif()

if(LANTERN_SANITIZE)
  target_compile_options(lantern_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                   -fno-sanitize-recover=undefined)
  target_link_options(lantern_options INTERFACE -fsanitize=address,undefined)
endif()

if(LANTERN_HARDEN)
  set(CMAKE_POSITION_INDEPENDENT_CODE ON)
  # -fPIC, not -fPIE, even for the executables (still linked -pie): Debian's Qt is built with
  # -reduce-relocations, and -fPIE code gets copy relocations for Qt's symbols, so pointer-to-member signal
  # connections stop matching and QGuiApplication crashes at start-up. It comes after CMake's own -fPIE.
  target_compile_options(lantern_options INTERFACE -fstack-protector-strong -fstack-clash-protection -fPIC
                                                   -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2)
  target_link_options(lantern_options INTERFACE -pie -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
endif()
