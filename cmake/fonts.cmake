# Subset the PDF fonts at build time (scripts/subset-fonts.py, Debian's
# python3-fonttools) into ${CMAKE_BINARY_DIR}/fonts and tell the code where they
# are (SHNOR_FONT_DIR). Without fontTools the target is skipped and the PDF code
# falls back to the system font files (larger PDFs, same text): see
# src/render/pdf/fonts.cpp.
set(SHNOR_FONT_DIR "${CMAKE_BINARY_DIR}/fonts")
add_compile_definitions(SHNOR_FONT_DIR="${SHNOR_FONT_DIR}")

# Debian's fontTools lives in /usr/bin/python3's dist-packages; a python3 from
# pyenv or a venv earlier in PATH usually lacks it, so prefer the system one.
find_program(SHNOR_FONT_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT SHNOR_FONT_PYTHON)
  find_program(SHNOR_FONT_PYTHON python3)
endif()

set(_shnor_fonts_ok FALSE)
if(SHNOR_FONT_PYTHON)
  execute_process(COMMAND ${SHNOR_FONT_PYTHON} -c "import fontTools.subset"
                  RESULT_VARIABLE _shnor_ft_rc OUTPUT_QUIET ERROR_QUIET)
  if(_shnor_ft_rc EQUAL 0)
    set(_shnor_fonts_ok TRUE)
  endif()
endif()

set(_shnor_lib2 /usr/share/fonts/truetype/liberation2)
set(_shnor_pt /usr/share/fonts/truetype/paratype)
set(_shnor_font_sets
  "ShnorSerifL|Shnor Serif L|${_shnor_lib2}/LiberationSerif-Regular.ttf|${_shnor_lib2}/LiberationSerif-Bold.ttf|${_shnor_lib2}/LiberationSerif-Italic.ttf"
  "ShnorSerifP|Shnor Serif P|${_shnor_pt}/PTF55F.ttf|${_shnor_pt}/PTF75F.ttf|${_shnor_pt}/PTF56F.ttf")

if(_shnor_fonts_ok)
  set(_shnor_font_outputs "")
  set(_shnor_script ${CMAKE_CURRENT_SOURCE_DIR}/scripts/subset-fonts.py)
  foreach(set_spec IN LISTS _shnor_font_sets)
    string(REPLACE "|" ";" parts "${set_spec}")
    list(GET parts 0 prefix)
    list(GET parts 1 family)
    list(GET parts 2 regular)
    list(GET parts 3 bold)
    list(GET parts 4 italic)
    if(NOT EXISTS ${regular} OR NOT EXISTS ${bold} OR NOT EXISTS ${italic})
      message(STATUS "fonts: ${family} sources missing, PDFs will fall back")
      continue()
    endif()
    set(outs ${SHNOR_FONT_DIR}/${prefix}-Regular.ttf ${SHNOR_FONT_DIR}/${prefix}-Bold.ttf
             ${SHNOR_FONT_DIR}/${prefix}-Italic.ttf)
    add_custom_command(OUTPUT ${outs}
      COMMAND ${SHNOR_FONT_PYTHON} ${_shnor_script} --out ${SHNOR_FONT_DIR}
              --family "${family}" --prefix ${prefix}
              regular=${regular} bold=${bold} italic=${italic}
      DEPENDS ${_shnor_script} ${regular} ${bold} ${italic}
      COMMENT "Subsetting PDF fonts (${family})"
      VERBATIM)
    list(APPEND _shnor_font_outputs ${outs})
  endforeach()
  if(_shnor_font_outputs)
    add_custom_target(shnor_fonts DEPENDS ${_shnor_font_outputs})
    list(APPEND SHNOR_GENERATED_TARGETS shnor_fonts)
  endif()
else()
  message(STATUS "fonts: python3 fontTools not found, PDFs embed the system fonts (bigger files)")
endif()
