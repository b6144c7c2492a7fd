# Build-time guarantees for the data files compiled into the binaries (see embed.cmake).
#
# zp_validate_builtin_data(OUT_CPP FILE=SCHEMA...): validates each FILE against its RelaxNG
# SCHEMA with xmllint (the same libxml2 the program uses) and fails the build, naming
# file:line, when one is invalid. OUT_CPP then defines zp::embedded::build_validated(): the
# {embedded file name, schema name} pairs checked, so the program does not validate those
# exact embedded bytes again at every start (util/xml.cpp). A user's own files are still
# validated when they are loaded.
#
# zp_standard_outlines(OUT_DIR OUTLINES_VAR STANDARDS...): writes OUT_DIR/<id>.xml for each
# built-in standard: the same XML reduced to its clause tree (ids, kinds, titles, points,
# aliases), which the .docx import reads to detect a draft's standard without parsing every
# standard in full. It also fails the build when a standard's id differs from its file name
# (the library knows a built-in standard's id before parsing it).
find_program(ZP_XMLLINT xmllint REQUIRED)  # Debian: libxml2-utils
find_program(ZP_PYTHON3 python3 REQUIRED)

function(zp_validate_builtin_data out_cpp)
  set(pairs ${ARGN})
  set(deps "")
  foreach(p IN LISTS pairs)
    string(REPLACE "=" ";" fs "${p}")
    list(APPEND deps ${fs})
  endforeach()
  string(REPLACE ";" "|" pairs_arg "${pairs}")
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DXMLLINT=${ZP_XMLLINT} "-DPAIRS=${pairs_arg}"
            -P ${ZP_DATA_DIR}/cmake/validate_run.cmake
    DEPENDS ${deps} ${ZP_DATA_DIR}/cmake/validate_run.cmake
    COMMENT "Validating the built-in standards and data files against their schemas"
    VERBATIM)
endfunction()

function(zp_standard_outlines out_dir outlines_var)
  set(outs "")
  foreach(f IN LISTS ARGN)
    get_filename_component(n "${f}" NAME)
    list(APPEND outs "${out_dir}/${n}")
  endforeach()
  add_custom_command(
    OUTPUT ${outs}
    COMMAND ${ZP_PYTHON3} ${ZP_DATA_DIR}/cmake/standard_outline.py ${out_dir} ${ARGN}
    DEPENDS ${ARGN} ${ZP_DATA_DIR}/cmake/standard_outline.py
    COMMENT "Extracting the clause outlines of the built-in standards"
    VERBATIM)
  set(${outlines_var} ${outs} PARENT_SCOPE)
endfunction()
