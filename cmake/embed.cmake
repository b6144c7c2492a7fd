# zp_embed_files(OUT_CPP NAME FILES...): generate a C++ source that holds the bytes
# of FILES, so the built-in standards and schemas travel inside the binaries.
function(zp_embed_files out_cpp name)
  set(files ${ARGN})
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DNAME=${name} "-DFILES=${files}"
            -P ${ZP_DATA_DIR}/cmake/embed_run.cmake
    DEPENDS ${files} ${ZP_DATA_DIR}/cmake/embed_run.cmake
    COMMENT "Embedding ${name}"
    VERBATIM)
endfunction()
