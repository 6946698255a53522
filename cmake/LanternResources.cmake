# Compiles resources/lantern_data.qrc (code lists, bank holidays) into a target.
#
# The generated qrc_lantern_data.cpp goes into the target's own sources rather than Qt 6's object-library form:
# in a static library nothing else references the generated object, so the linker would drop it; the model's
# initReferenceData() calls Q_INIT_RESOURCE(lantern_data), which names the init function and so pulls it in.
function(lantern_add_data_resources target)
  qt6_add_resources(lantern_data_sources ${PROJECT_SOURCE_DIR}/resources/lantern_data.qrc)
  # Generated code is not ours: keep it out of warnings-as-errors.
  set_source_files_properties(${lantern_data_sources} PROPERTIES COMPILE_OPTIONS "-w" SKIP_AUTOGEN ON)
  target_sources(${target} PRIVATE ${lantern_data_sources})
endfunction()
