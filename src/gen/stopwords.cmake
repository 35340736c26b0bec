# stopwords.cmake — stop words per language, generated at build time from npm stopwords-iso (pinned in
# .node/package-lock.json) into ${SV_GENERATED_DIR}/stopwords_table.cpp (defines sv::is_stopword,
# declared in src/core/analytics/stopwords.hpp).
set(SV_STOPWORDS_JSON ${SV_NODE_MODULES}/stopwords-iso/stopwords-iso.json)
set(SV_STOPWORDS_OUT ${SV_GENERATED_DIR}/stopwords_table.cpp)
add_custom_command(
  OUTPUT ${SV_STOPWORDS_OUT}
  COMMAND ${SV_NODE} ${SV_ROOT}/src/gen/stopwords.cjs ${SV_STOPWORDS_JSON} ${SV_STOPWORDS_OUT}
  DEPENDS ${SV_ROOT}/src/gen/stopwords.cjs ${SV_STOPWORDS_JSON}
  COMMENT "Generating stop word tables from stopwords-iso"
  VERBATIM)
add_custom_target(sv_gen_stopwords DEPENDS ${SV_STOPWORDS_OUT})
list(APPEND SV_GENERATED_SOURCES ${SV_STOPWORDS_OUT})
list(APPEND SV_GENERATED_TARGETS sv_gen_stopwords)
