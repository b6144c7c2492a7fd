# zp_extract_font(TARGET): at build time, take the face "WenQuanYi Micro Hei" out of the
# WenQuanYi collection into ${CMAKE_BINARY_DIR}/share/zhuoping/fonts/wqy-microhei.ttf
# (PoDoFo subsets only standalone TrueType fonts) and make TARGET depend on it. The
# binaries look for it at ../share/zhuoping/fonts next to their directory (or take
# $ZHUOPING_FONT); TARGET gets its path as the PUBLIC compile definition ZP_BUILD_FONT_FILE.
set(ZP_FONT_COLLECTION "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    CACHE FILEPATH "The WenQuanYi Micro Hei collection (Debian package fonts-wqy-microhei)")
set(ZP_FONT_FILE "${CMAKE_BINARY_DIR}/share/zhuoping/fonts/wqy-microhei.ttf")

function(zp_find_fonttools_python out)
  # A pyenv or virtualenv python3 first on PATH may lack Debian's python3-fonttools.
  find_program(_zp_py_path python3)
  foreach(py /usr/bin/python3 ${_zp_py_path})
    if(EXISTS "${py}")
      execute_process(COMMAND "${py}" -c "import fontTools" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
      if(rc EQUAL 0)
        set(${out} "${py}" PARENT_SCOPE)
        return()
      endif()
    endif()
  endforeach()
  set(${out} "" PARENT_SCOPE)
endfunction()

function(zp_extract_font target)
  target_compile_definitions(${target} PUBLIC ZP_BUILD_FONT_FILE="${ZP_FONT_FILE}")
  if(NOT EXISTS "${ZP_FONT_COLLECTION}")
    message(WARNING "${ZP_FONT_COLLECTION} is missing (install fonts-wqy-microhei): "
                    "PDF export will fail until ZHUOPING_FONT names a TrueType font")
    return()
  endif()
  zp_find_fonttools_python(ZP_FONTTOOLS_PYTHON)
  if(NOT ZP_FONTTOOLS_PYTHON)
    message(WARNING "no python3 with fontTools (install python3-fonttools): "
                    "PDF export will fail until ZHUOPING_FONT names a TrueType font")
    return()
  endif()
  add_custom_command(
    OUTPUT "${ZP_FONT_FILE}"
    COMMAND "${ZP_FONTTOOLS_PYTHON}" "${ZP_DATA_DIR}/cmake/extract_font.py"
            "${ZP_FONT_COLLECTION}" 0 "${ZP_FONT_FILE}"
    DEPENDS "${ZP_FONT_COLLECTION}" "${ZP_DATA_DIR}/cmake/extract_font.py"
    COMMENT "Extracting WenQuanYi Micro Hei from its collection for the PDF export"
    VERBATIM)
  add_custom_target(zp_font ALL DEPENDS "${ZP_FONT_FILE}")
  add_dependencies(${target} zp_font)
endfunction()
