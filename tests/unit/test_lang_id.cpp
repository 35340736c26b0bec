// Language identification, with sentences written for these tests.
#include "core/lang/language_mix.hpp"
#include "core/sentiment/scorer.hpp"

#include <catch2/catch.hpp>

using sv::Lang;

TEST_CASE("language ID tells the supported languages apart", "[lang]") {
    sv::SentimentScorer s;
    CHECK(s.identify("I think this is the best thing they have done in years") == Lang::en);
    CHECK(s.identify("Jag tycker att det här är det bästa de har gjort på länge") == Lang::sv);
    CHECK(s.identify("Ich finde, das ist das Beste, was sie seit Jahren gemacht haben") == Lang::de);
    CHECK(s.identify("Jeg synes, at det er det bedste, de har lavet i mange år") == Lang::da);
    CHECK(s.identify("Jeg synes dette er det beste de har gjort på mange år, ikke sant") == Lang::no);
    CHECK(s.identify("Ik denk dat dit het beste is wat ze in jaren hebben gedaan") == Lang::nl);
    CHECK(s.identify("Je pense que c'est la meilleure chose qu'ils ont faite depuis des années") == Lang::fr);
    CHECK(s.identify("Creo que es lo mejor que han hecho en muchos años") == Lang::es);
    CHECK(s.identify("Minusta tämä on paras asia, jonka he ovat tehneet vuosiin") == Lang::fi);
}

TEST_CASE("language ID: short texts, emoji-only, other scripts", "[lang]") {
    sv::SentimentScorer s;
    CHECK(s.identify("inte alls") == Lang::sv);
    CHECK(s.identify("nicht schlecht") == Lang::de);
    CHECK(s.identify("not bad") == Lang::en);
    CHECK(s.identify("😍😍") == Lang::unknown);
    CHECK(s.identify("") == Lang::unknown);
    CHECK(s.identify("Это очень хороший продукт") == Lang::other);
}

TEST_CASE("language ID: Latin-script languages Stormvakt does not score are \"other\"", "[lang]") {
    sv::SentimentScorer s;
    CHECK(s.identify("Penso che questo sia il peggior servizio che abbiano mai fatto, davvero") ==
          Lang::other);
    CHECK(s.identify("Myślę, że to jest najgorsza rzecz, jaką zrobili od wielu lat") == Lang::other);
    CHECK(s.identify("Bence bu yıllardır yaptıkları en kötü şey, gerçekten çok üzgünüm") == Lang::other);
    CHECK(s.identify("Myslím si, že tohle je to nejhorší, co za poslední roky udělali") == Lang::other);
    // One short word of such a language is not enough ("Tim" is more often a name).
    CHECK(s.identify("Tim 😎") != Lang::other);
    // The scored languages stay themselves.
    CHECK(s.identify("I think this is the worst thing they have done in years") == Lang::en);
    CHECK(s.identify("Det här är det sämsta de har gjort på länge") == Lang::sv);
}

TEST_CASE("dataset language mix: texts without evidence take the main language", "[lang]") {
    std::vector<Lang> l = {Lang::sv, Lang::sv, Lang::unknown, Lang::en, Lang::unknown};
    const sv::LanguageMix mix = sv::settle_languages(l);
    CHECK(mix.main == Lang::sv);
    CHECK(l[2] == Lang::sv);
    CHECK(l[4] == Lang::sv);
    CHECK(mix.share(Lang::sv) == Approx(0.8));
    CHECK(mix.share(Lang::en) == Approx(0.2));
    std::vector<Lang> none = {Lang::unknown};
    CHECK(sv::settle_languages(none).main == Lang::unknown);
    CHECK(none[0] == Lang::unknown);
}
