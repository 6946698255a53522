# `cmake --build --preset dev --target format` rewrites; `--target check-format` fails on any difference.
find_program(CLANG_FORMAT NAMES clang-format-14 clang-format)
if(CLANG_FORMAT)
  file(GLOB_RECURSE LANTERN_FORMAT_SOURCES CONFIGURE_DEPENDS
       ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
       ${PROJECT_SOURCE_DIR}/model/*.cpp ${PROJECT_SOURCE_DIR}/model/*.h
       ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
       ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
       ${PROJECT_SOURCE_DIR}/benchmarks/*.cpp)
  add_custom_target(format COMMAND ${CLANG_FORMAT} -i ${LANTERN_FORMAT_SOURCES}
                    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format: rewriting sources")
  add_custom_target(check-format COMMAND ${CLANG_FORMAT} --dry-run --Werror ${LANTERN_FORMAT_SOURCES}
                    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format: checking sources")
endif()
