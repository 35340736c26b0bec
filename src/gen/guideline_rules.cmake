# guideline_rules.cmake — embeds src/core/guideline/rules.json into a generated header at build time.
#
# Included by src/CMakeLists.txt (every src/gen/*.cmake is): defines the build step. Run with
# `cmake -DSV_EMBED_IN=... -DSV_EMBED_OUT=... -P guideline_rules.cmake` (what the build step does), it
# writes ${SV_EMBED_OUT}: `inline constexpr char kGuidelineRulesJson[] = R"...(<the JSON>)...";`.
if(DEFINED SV_EMBED_IN)
  file(READ ${SV_EMBED_IN} content)
  string(FIND "${content}" ")svrules\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${SV_EMBED_IN} contains the raw-string terminator ')svrules\"'; remove it")
  endif()
  file(WRITE ${SV_EMBED_OUT}.tmp
    "// Generated from src/core/guideline/rules.json by src/gen/guideline_rules.cmake. Do not edit.\n"
    "#pragma once\n"
    "inline constexpr char kGuidelineRulesJson[] = R\"svrules(${content})svrules\";\n")
  file(RENAME ${SV_EMBED_OUT}.tmp ${SV_EMBED_OUT})
  return()
endif()

set(SV_GUIDELINE_RULES_JSON ${SV_ROOT}/src/core/guideline/rules.json)
set(SV_GUIDELINE_RULES_HPP ${SV_GENERATED_DIR}/guideline_rules_data.hpp)
add_custom_command(
  OUTPUT ${SV_GUIDELINE_RULES_HPP}
  COMMAND ${CMAKE_COMMAND} -DSV_EMBED_IN=${SV_GUIDELINE_RULES_JSON} -DSV_EMBED_OUT=${SV_GUIDELINE_RULES_HPP}
          -P ${CMAKE_CURRENT_LIST_FILE}
  DEPENDS ${SV_GUIDELINE_RULES_JSON} ${CMAKE_CURRENT_LIST_FILE}
  COMMENT "Embedding the guideline rules (rules.json)"
  VERBATIM)
add_custom_target(sv_gen_guideline_rules DEPENDS ${SV_GUIDELINE_RULES_HPP})
list(APPEND SV_GENERATED_SOURCES ${SV_GUIDELINE_RULES_HPP})
list(APPEND SV_GENERATED_TARGETS sv_gen_guideline_rules)
