#include <gtest/gtest.h>

#include "article/article_test_util.h"
#include "lang/lang_data.h"
#include "lang/language_data.h"

namespace resalta {
namespace {

using Names = std::vector<std::pair<std::string, std::string>>;

std::string Speaker(const Document& doc, const Quote& q) {
  for (const Entity& e : doc.entities) {
    if (e.id == q.speaker) return e.name;
  }
  return "";
}

const Quote* Starting(const Document& doc, const std::string& start) {
  for (const Quote& q : doc.quotes) {
    if (q.text.rfind(start, 0) == 0) return &q;
  }
  return nullptr;
}

// One quote to find in a short story: its first words, who says it, the cue
// as written and how the speaker was found.
struct AttributionCase {
  const char* text;
  const char* quote;
  const char* speaker;
  const char* cue;
  const char* attribution;
};

void Check(const AttributionCase& c, const Names& names) {
  Document doc = AnalyzeWithNames(c.text, names);
  const Quote* q = Starting(doc, c.quote);
  ASSERT_NE(q, nullptr) << c.text;
  EXPECT_EQ(Speaker(doc, *q), c.speaker) << c.text;
  EXPECT_EQ(q->cue, c.cue) << c.text;
  EXPECT_EQ(q->attribution, c.attribution) << c.text;
  EXPECT_EQ(q->kind, "direct") << c.text;
}

// One quote of a short story and who says it ("" for no one).
struct SpeakerCase {
  const char* what;
  const char* text;
  const char* quote;
  const char* speaker;
};

void CheckSpeakers(std::initializer_list<SpeakerCase> cases, const Names& names) {
  for (const SpeakerCase& c : cases) {
    Document doc = AnalyzeWithNames(c.text, names);
    const Quote* q = Starting(doc, c.quote);
    ASSERT_NE(q, nullptr) << c.what;
    EXPECT_EQ(Speaker(doc, *q), c.speaker) << c.what;
  }
}

const Names kNames = {{"Sergio Massa", "PER"},  {"Luis Caputo", "PER"},   {"Pedro Sánchez", "PER"},
                      {"Kremlin", "ORG"},       {"Lula da Silva", "PER"}, {"Economía", "ORG"},
                      {"Fiscalía", "ORG"},      {"Millonarios", "ORG"},   {"Ana Ruiz", "PER"},
                      {"Marta Díaz", "PER"},    {"Jorge Peña", "PER"},    {"Reuters", "ORG"},
                      {"Banco Central", "ORG"}, {"Elena Vidal", "PER"},   {"Tomás Lugo", "PER"},
                      {"Carmen Rojas", "PER"}};

// The explicit subject of the cue verb, before or after the quote.
TEST(QuotesTest, ExplicitSubject) {
  const AttributionCase cases[] = {
      {"«No vamos a devaluar», aseguró Sergio Massa.", "No vamos a devaluar", "Sergio Massa", "aseguró", "name"},
      {"“La inflación va a bajar”, sostuvo el ministro de Economía, Luis Caputo.", "La inflación va a bajar",
       "Luis Caputo", "sostuvo", "role"},
      {"Pedro Sánchez advirtió: \"No habrá amnistía sin acuerdo\".", "No habrá amnistía sin acuerdo", "Pedro Sánchez",
       "advirtió", "name"},
      {"El Kremlin afirmó que \"no hay pruebas\" de nada.", "no hay pruebas", "Kremlin", "afirmó", "name"},
      {"‘Es un día histórico’, dijo Lula da Silva.", "Es un día histórico", "Lula da Silva", "dijo", "name"},
      // A participle after its auxiliary.
      {"«Los números cierran este año», ha recalcado Luis Caputo.", "Los números cierran", "Luis Caputo", "recalcado",
       "name"},
      // An organisation speaking through a statement.
      {"La Fiscalía informó que el acusado \"no tiene antecedentes penales en el país\".", "no tiene antecedentes",
       "Fiscalía", "informó", "name"},
      // A partitive subject: the name after its comma.
      {"«Es un hallazgo enorme para la ciencia», explicó uno de los autores del estudio, Ana Ruiz.",
       "Es un hallazgo enorme", "Ana Ruiz", "explicó", "role"},
      // "instar" and "quejarse" introduce speech.
      {"Tomás Lugo instó a \"revisar todos los contratos firmados este año\".", "revisar todos los contratos",
       "Tomás Lugo", "instó", "name"},
      {"«Nadie nos escucha desde hace meses», se queja Marta Díaz.", "Nadie nos escucha", "Marta Díaz", "queja",
       "name"},
      // The past subjunctive is a cue too: the quote is the clause's speaker's.
      {"Tomás Lugo pidió calma, después de que Ana Ruiz afirmara ayer que la ciudad «está al borde del "
       "colapso total».",
       "está al borde del colapso", "Ana Ruiz", "afirmara", "name"},
      // A post is speech; "cuenta" after "en" is the account, no cue.
      {"Ana Ruiz publicó en su cuenta de Twitter que «nadie debería hablar así de una colega».",
       "nadie debería hablar", "Ana Ruiz", "publicó", "name"},
      // A name after a preposition is not the subject.
      {"«Volveremos a ganar», aseguró a Reuters Jorge Peña.", "Volveremos a ganar", "Jorge Peña", "aseguró", "name"},
      // The cue after a short quote, later in the sentence.
      {"La muestra reúne la \"memoria\" de la ciudad, ha explicado la directora del museo, Ana Ruiz, en la "
       "presentación.",
       "memoria", "Ana Ruiz", "explicado", "role"},
  };
  for (const auto& c : cases) Check(c, kNames);
}

// Role nouns for someone named before: gender and title must agree.
TEST(QuotesTest, RoleAnaphora) {
  const AttributionCase cases[] = {
      {"El entrenador de Millonarios, Jorge Peña, llegó al estadio. «Jugamos mal el primer tiempo», admitió el DT.",
       "Jugamos mal", "Jorge Peña", "admitió", "anaphora"},
      {"La ministra Ana Ruiz visitó la planta con Tomás Lugo. \"Vamos a duplicar la producción\", prometió la "
       "funcionaria.",
       "Vamos a duplicar", "Ana Ruiz", "prometió", "anaphora"},
      {"El Banco Central subió la tasa. «La medida es transitoria y se revisará en marzo», informó la entidad.",
       "La medida es transitoria", "Banco Central", "informó", "anaphora"},
      {"Tomás Lugo habló con la fiscal Marta Díaz. «No hay pruebas suficientes para acusar», dijo la fiscal.",
       "No hay pruebas", "Marta Díaz", "dijo", "anaphora"},
      // A person named inside someone else's title ("esposa de X") is no antecedent.
      {"Jorge Peña criticó la detención de Marta Díaz, esposa de Tomás Lugo. «Es una persecución política», dijo "
       "el candidato.",
       "Es una persecución", "Jorge Peña", "dijo", "anaphora"},
      // A nationality after a singular definite article stands for a person of its gender named before.
      {"Carmen Rojas se reunió ayer con Jorge Peña. «Fue una noche inolvidable para mí», contó la venezolana.",
       "Fue una noche inolvidable", "Carmen Rojas", "contó", "anaphora"},
  };
  for (const auto& c : cases) Check(c, kNames);
}

// A cue with no subject, or no cue at all, continues the current speaker,
// across sentences and paragraphs.
TEST(QuotesTest, ZeroSubjectCarriesTheSpeaker) {
  const char* text =
      "Elena Vidal defendió el plan en el Congreso. «Es el presupuesto que el país necesita», dijo.\n\n"
      "«Nadie se va a quedar afuera de la salud pública», añadió.\n\n"
      "«Lo vamos a cumplir con cada provincia, sin excepciones de ningún tipo».\n\n"
      "Dijo que el debate seguirá el martes. Tomás Lugo, en cambio, votará en contra.";
  Document doc = AnalyzeWithNames(text, kNames);
  for (const char* start : {"Es el presupuesto", "Nadie se va", "Lo vamos a cumplir"}) {
    const Quote* q = Starting(doc, start);
    ASSERT_NE(q, nullptr) << start;
    EXPECT_EQ(Speaker(doc, *q), "Elena Vidal") << start;
    EXPECT_EQ(q->attribution, "carried") << start;
  }
  EXPECT_EQ(Starting(doc, "Nadie se va")->cue, "añadió");
  EXPECT_EQ(Starting(doc, "Lo vamos a cumplir")->cue, "");
}

// A role subject that stands for no one named before ("el mandatario" in a
// story that names a neighbour and an economist) leaves its quote without a
// speaker, and the quotes that follow it carry no one: the floor went to
// someone the story did not name.
TEST(QuotesTest, UnresolvedRoleSubjectIsNoOnesQuote) {
  const char* text =
      "La economista Marta Díaz, vecina del barrio, habló con la prensa. «Los precios subieron», afirmó.\n\n"
      "El mandatario insistió en que «no habrá nuevos impuestos este año».\n\n"
      "«Tampoco vamos a recortar el gasto social», añadió.";
  Document doc = AnalyzeWithNames(text, kNames);
  const Quote* first = Starting(doc, "Los precios subieron");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(Speaker(doc, *first), "Marta Díaz");
  for (const char* start : {"no habrá nuevos impuestos", "Tampoco vamos a recortar"}) {
    const Quote* q = Starting(doc, start);
    ASSERT_NE(q, nullptr) << start;
    EXPECT_EQ(Speaker(doc, *q), "") << start;
    EXPECT_EQ(q->attribution, "") << start;
  }
  EXPECT_EQ(Starting(doc, "no habrá nuevos impuestos")->cue, "insistió");
  CheckSpeakers({
      {"the unresolved subject's words reported, not quoted",
       "La economista Marta Díaz habló con la prensa. «Los precios subieron», afirmó.\n\n"
       "El mandatario aseguró que no habrá nuevos impuestos.\n\n"
       "«Tampoco vamos a recortar el gasto social», añadió.",
       "Tampoco vamos a recortar", ""},
      {"another title of the same gender is the speaker going on (one person described two ways)",
       "El diputado Jorge Peña criticó el presupuesto. «Es un error», dijo.\n\n"
       "El legislador recordó que «la comisión ya votó en contra».",
       "la comisión ya votó", "Jorge Peña"},
      {"a given name says the gender when no title does: Carmen is a woman",
       "Carmen Rojas habló con la prensa. «Es grave», dijo.\n\n"
       "El mandatario insistió en que «no habrá nuevos impuestos».",
       "no habrá nuevos impuestos", ""},
  }, kNames);
}

// A cue with no subject goes to the person named before it, never to one
// named in what it says (the clause after "que") nor to the one spoken to
// (after "a"); a name between the cue and its clause may still be the
// speaker ("dijo en la sesión el diputado X, quien pidió «…»"); a cue after
// "y" is the earlier verb's subject's, not a name in that verb's clause.
TEST(QuotesTest, ClauseAndAddresseeOfACueDoNotSpeak) {
  Names names = kNames;
  names.push_back({"Valparaíso", "LOC"});
  CheckSpeakers({
      {"a name inside the reported clause",
       "Elena Vidal visitó la fábrica. «Es un buen día», dijo.\n\n"
       "Insistió en que el plan de Tomás Lugo «no resuelve el problema del empleo en la región».",
       "no resuelve el problema", "Elena Vidal"},
      {"the one spoken to",
       "Elena Vidal habló en la radio.\n\nA Tomás Lugo le dijo: «Usted nunca cumplió sus promesas de campaña».",
       "Usted nunca cumplió", "Elena Vidal"},
      {"the subject after the cue, before its relative clause",
       "«El proyecto está mal hecho», dijo en la sesión el diputado Jorge Peña, quien hizo un llamado «a votar "
       "otra vez la ley completa».",
       "a votar otra vez", "Jorge Peña"},
      {"a cue joined by \"y\" shares the subject of the verb before the clause it opened",
       "Ana Ruiz explicó que Tomás Lugo renunció ayer y añadió: «No habrá cambios en el equipo de trabajo».",
       "No habrá cambios", "Ana Ruiz"},
      {"... not when a comma closed that clause before the subject",
       "Después de que la empresa contrató a Tomás Lugo, el jefe de gabinete, Jorge Peña, se reunió con Lugo y le "
       "dijo que estaba «muy preocupado por el contrato».",
       "muy preocupado", "Jorge Peña"},
      {"the subject of a passive is no speaker of the quote after it",
       "«La investigación sigue abierta», dijo Elena Vidal.\n\nTomás Lugo fue detenido el lunes en su casa. "
       "«No descartamos más detenciones en los próximos días».",
       "No descartamos", "Elena Vidal"},
      {"a place speaking for its cue takes no floor from the person before",
       "Elena Vidal habló en el foro. «Es un buen acuerdo», dijo.\n\nValparaíso siempre fue pionera en esto, "
       "destaca.\n\n«Hay muchas razones para seguir invirtiendo aquí».",
       "Hay muchas razones", "Elena Vidal"},
      {"an uncued quote after a sentence whose subject is a person is that person's",
       "«Todo está en orden», dijo Jorge Peña.\n\nNo obstante, Marta Díaz es escéptica con el plan. «Hay "
       "demasiadas dudas sobre los números del año»",
       "Hay demasiadas dudas", "Marta Díaz"},
      {"... also after a role phrase and its name",
       "«Todo está en orden», dijo Jorge Peña.\n\nLa fiscal Marta Díaz cerró filas con el juez. «No hay nada que "
       "ocultar en este caso».\n\n«Lo vamos a demostrar en el juicio oral y público».",
       "Lo vamos a demostrar", "Marta Díaz"},
  }, names);
}

// A plural cue with no subject next to its quote ("respondieron: «…»") is
// some group's: no one's quote, and the floor stays with the person who had
// it; an organisation speaking goes on.
TEST(QuotesTest, PluralCueIsAGroupsQuote) {
  const char* story =
      "Elena Vidal presentó el estudio. «Es un avance para todos», dijo.\n\n"
      "En el barrio le respondieron: «No nos consultaron nada sobre el proyecto».\n\n"
      "«Vamos a seguir adelante con el plan», añadió.";
  const char* bank =
      "«La inflación bajará en marzo», informó el Banco Central.\n\n«No habrá más subas de la tasa», explicaron.";
  CheckSpeakers({
      {"the group's quote", story, "No nos consultaron", ""},
      {"the floor stays with the one who had it", story, "Vamos a seguir", "Elena Vidal"},
      {"an organisation speaking goes on", bank, "No habrá más subas", "Banco Central"},
  }, kNames);
}

// A plural subject phrase ("explican los vecinos", "Los abogados de X
// dijeron") or a possessive collective one after the cue that follows its
// quote ("dice su familia") is a group's: no one person's quote, and the
// floor leaves the last speaker; a name after the phrase's comma speaks,
// "su padre" is one person, and such a phrase after a cue before its quote
// is the verb's object ("Detalló sus planes: «…»").
TEST(QuotesTest, GroupSubjectAfterTheCue) {
  const char* family =
      "Marta Díaz habló ayer con la prensa. «El puerto crecerá», dijo.\n\n"
      "El niño sufrió «miedo a salir solo de casa», dice su familia en la demanda.\n\n"
      "«Nadie nos pidió perdón por lo ocurrido en el colegio».";
  CheckSpeakers({
      {"a possessive subject", family, "miedo a salir solo", ""},
      {"the floor left the last speaker", family, "Nadie nos pidió", ""},
      {"a plural subject", "Tomás Lugo llegó tarde. «El agua sale marrón desde hace semanas», explican los vecinos.",
       "El agua sale marrón", ""},
      {"a name after the phrase's comma",
       "«Nunca tuvo un problema con nadie del barrio», dijo su entorno, Carmen Rojas.", "Nunca tuvo un problema",
       "Carmen Rojas"},
      {"a relative is one person, perhaps named before",
       "Tomás Lugo llegó tarde. «Mi hijo está bien», dijo. «Nunca tuvo un problema en el barrio», continuó su padre.",
       "Nunca tuvo un problema", "Tomás Lugo"},
      {"a name inside the phrase", "Ana Ruiz llegó tarde. «Mi hermano está bien», aseguró su hijo Tomás Lugo.",
       "Mi hermano está bien", "Tomás Lugo"},
      {"a possessive title is someone named before",
       "El entrenador de Millonarios, Jorge Peña, llegó al estadio. «Jugamos mal el primer tiempo», admitió su DT.",
       "Jugamos mal el primer tiempo", "Jorge Peña"},
      {"a plural phrase before the cue, a name inside it",
       "Tomás Lugo fue absuelto ayer.\n\nLos abogados de Tomás Lugo dijeron que el juez «nunca leyó el expediente "
       "completo del caso».",
       "nunca leyó el expediente", ""},
      {"the object of a cue before its quote", "Ana Ruiz llegó al Senado. Detalló sus planes: «Bajaremos los impuestos».",
       "Bajaremos los impuestos", "Ana Ruiz"},
  }, kNames);
}

// A title noun ("el mandatario") stands for the person of no known title
// named in the sentence before when the one holding the title was named
// many sentences back; nearer, or with the other named in its own
// sentence, the title holder keeps it.
TEST(QuotesTest, TitleNounWeighsRecency) {
  const std::string holder = "El presidente Luis Caputo viajó a Roma. El puerto cerró dos días. ";
  const std::string more = "Hubo lluvias en el norte. Los precios subieron. El tren llegó tarde. La feria abrió. ";
  const std::string said = "el mandatario dijo que «no habrá marcha atrás con el plan de reformas».";
  const std::string before = "La reforma fue anunciada por Tomás Lugo en mayo. E" + said.substr(1);
  const std::string far = holder + more + before, near = holder + before;
  const std::string same = holder + more + "Tras la protesta de Tomás Lugo en la plaza " + said;
  CheckSpeakers({
      {"the untitled person named just before", far.c_str(), "no habrá marcha atrás", "Tomás Lugo"},
      {"the title holder named a few sentences back", near.c_str(), "no habrá marcha atrás", "Luis Caputo"},
      {"one named in the same sentence is someone else", same.c_str(), "no habrá marcha atrás", "Luis Caputo"},
  }, kNames);
}

// Marks after a noun that names a word ("la palabra «…»", "los conceptos de
// «…»") and the rest of their list hold terms talked about, not speech.
TEST(QuotesTest, QuotedTermsAreNoQuotes) {
  const char* quiz =
      "Ana Ruiz tuvo que explicar los conceptos «caja negra», «puerta giratoria de la política» y «voto útil».";
  Document doc = AnalyzeWithNames(quiz, kNames);
  EXPECT_TRUE(doc.quotes.empty()) << doc.quotes[0].text;
  for (const char* text : {"A Jorge Peña la palabra «sobremesa larga en el campo» no le dice nada, explicó.",
                           "Marta Díaz explicó el término de «deuda de largo plazo» a los alumnos."}) {
    EXPECT_TRUE(AnalyzeWithNames(text, kNames).quotes.empty()) << text;
  }
  // Longer marks, or marks a cue follows, are speech even after such a noun.
  Check({"Marta Díaz llegó. En estos términos «nadie podrá cobrar más de lo que ganaba el año pasado», explicó.",
         "nadie podrá cobrar", "Marta Díaz", "explicó", "carried"},
        kNames);
  Check({"Ana Ruiz habló. Sobre la palabra «basta», dijo Tomás Lugo.", "basta", "Tomás Lugo", "dijo", "name"}, kNames);
  // A list of marks after anything else is still speech.
  Check({"Ana Ruiz dijo «no habrá ajuste este año», «no habrá despidos» y «no habrá cierres».", "no habrá despidos",
         "Ana Ruiz", "dijo", "name"},
        kNames);
}

// A headline "«…»: Name" (the quote opens its line, the name closes it, a
// lowercase title word may stand before the name; in an all-capitals
// headline the name of a person the story names, whatever follows).
TEST(QuotesTest, HeadlineColonGivesTheName) {
  const AttributionCase cases[] = {
      {"«Nunca pensé en renunciar a mi cargo»: Ana Ruiz\n\nLa ministra habló ayer en la capital.",
       "Nunca pensé en renunciar", "Ana Ruiz", ":", "name"},
      {"\"No habrá devaluación este año\": ministro Luis Caputo\n\nEl funcionario habló en la radio.",
       "No habrá devaluación", "Luis Caputo", ":", "name"},
  };
  for (const auto& c : cases) Check(c, kNames);
  const char* caps =
      "«NO VOY A RENUNCIAR A MI CARGO»: MARTA DÍAZ TRAS LA REUNIÓN DEL PARTIDO\n\nLa senadora Marta Díaz habló ayer.";
  CheckSpeakers({{"a name that does not close the line is some other construction",
                  "«Nunca pensé en renunciar a mi cargo»: Ana Ruiz y su equipo se van.", "Nunca pensé en renunciar",
                  ""},
                 {"an all-capitals headline spells a person the story names", caps, "NO VOY A RENUNCIAR", "Marta Díaz"},
                 {"only a whole name", "«NO VOY A RENUNCIAR A MI CARGO»: DÍAZ TRAS LA REUNIÓN\n\nMarta Díaz habló.",
                  "NO VOY A RENUNCIAR", ""}},
                kNames);
}

// "contar con" is to have, not to tell, and "cuenta" after "en" or "dio" is
// the noun ("tener en cuenta", "se dio cuenta de que"): no cue.
TEST(QuotesTest, NotSpeechCollocation) {
  const char* text =
      "Ana Ruiz contó: «Fue un día largo y muy difícil».\n\nLa ciudad cuenta con «tres parques nuevos».\n\n"
      "Jorge Peña no se dio cuenta de que el plazo vencía ayer. Tomás Lugo lo tuvo en cuenta «para la próxima "
      "reunión del consejo». Luis Gómez se dará cuenta de «lo que hizo» mañana.";
  Check({text, "Fue un día largo", "Ana Ruiz", "contó", "name"}, kNames);
  Document doc = AnalyzeWithNames(text, kNames);
  for (const Quote& q : doc.quotes) EXPECT_NE(q.cue, "cuenta") << q.text;
  for (const Quote& q : doc.reported_speech) EXPECT_NE(q.cue, "cuenta") << q.text;
}

// A cue in a relative clause ("…, quien acusó a …") does not take the floor
// from the main speaker.
TEST(QuotesTest, RelativeClauseKeepsTheSpeaker) {
  const char* text =
      "Elena Vidal criticó los dichos de Tomás Lugo, quien acusó al Gobierno de mentir. "
      "«Nunca ocultamos ningún dato a nadie en todo este tiempo», afirmó luego.";
  Document doc = AnalyzeWithNames(text, kNames);
  const Quote* q = Starting(doc, "Nunca ocultamos");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(Speaker(doc, *q), "Elena Vidal");
}

// A colon after a clause with no verb of saying, and "según X", "para X",
// "en palabras de X".
TEST(QuotesTest, ColonAndAccordingTo) {
  const AttributionCase cases[] = {
      {"La fiscal Marta Díaz fue tajante: «No habrá ningún acuerdo con la defensa».", "No habrá ningún acuerdo",
       "Marta Díaz", ":", "name"},
      {"«El acuerdo está cerca de firmarse esta semana», según Jorge Peña.", "El acuerdo está cerca", "Jorge Peña",
       "según", "name"},
      {"Según Ana Ruiz, “este es un proyecto que cambia la forma de ver el museo”.", "este es un proyecto", "Ana Ruiz",
       "Según", "name"},
      {"Para Tomás Lugo, «la reforma llega tarde y mal a las provincias».", "la reforma llega tarde", "Tomás Lugo",
       "Para", "name"},
      {"El plan, en palabras de Elena Vidal, es \"una hoja de ruta para los próximos diez años\".", "una hoja de ruta",
       "Elena Vidal", "en palabras de", "name"},
      {"A juicio del economista Jorge Peña, «la inflación seguirá bajando hasta fin de año».",
       "la inflación seguirá bajando", "Jorge Peña", "A juicio del", "role"},
      {"De acuerdo con Ana Ruiz, «el puente estará listo en marzo».", "el puente estará listo", "Ana Ruiz",
       "De acuerdo con", "name"},
  };
  for (const auto& c : cases) Check(c, kNames);
  // "para" mid-sentence is a plain preposition.
  Document doc =
      AnalyzeWithNames("Trabajó para Tomás Lugo durante años y \"nunca vio nada raro en la oficina\".", kNames);
  const Quote* q = Starting(doc, "nunca vio");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->cue, "para");
}

// The sentence after a quote gives it: "«…». Así lo explicó X."
TEST(QuotesTest, NextSentenceGivesTheQuote) {
  Document doc = AnalyzeWithNames(
      "Tomás Lugo llegó primero. «Vamos a reabrir la planta antes de fin de mes». Así lo anunció Ana Ruiz ayer.",
      kNames);
  const Quote* q = Starting(doc, "Vamos a reabrir");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(Speaker(doc, *q), "Ana Ruiz");
  EXPECT_EQ(q->cue, "anunció");
}

// A quote over several paragraphs: the opening mark repeated at each
// paragraph start, the closing one and the cue only at the end.
TEST(QuotesTest, QuoteOverParagraphs) {
  const char* text =
      "La jueza leyó la sentencia en voz alta.\n\n"
      "«El tribunal considera probado que los acusados actuaron de común acuerdo.\n\n"
      "«Por eso se les condena a ocho años de prisión», concluyó Marta Díaz.";
  Document doc = AnalyzeWithNames(text, kNames);
  const Quote* first = Starting(doc, "El tribunal considera");
  const Quote* second = Starting(doc, "Por eso se les condena");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->text, "El tribunal considera probado que los acusados actuaron de común acuerdo.");
  EXPECT_EQ(Speaker(doc, *first), "Marta Díaz");
  EXPECT_EQ(Speaker(doc, *second), "Marta Díaz");
  EXPECT_EQ(first->cue, "concluyó");
  // The Spanish convention: » opens each paragraph that continues the quote.
  Document rae = AnalyzeWithNames(
      "Jorge Peña habló al final de la sesión.\n\n«No vamos a votar este presupuesto sin cambios.\n\n"
      "»Tampoco vamos a negociar a escondidas de la gente», advirtió el diputado.",
      kNames);
  const Quote* second_rae = Starting(rae, "Tampoco vamos a negociar");
  ASSERT_NE(second_rae, nullptr);
  EXPECT_EQ(second_rae->text, "Tampoco vamos a negociar a escondidas de la gente");
  const Quote* first_rae = Starting(rae, "No vamos a votar");
  ASSERT_NE(first_rae, nullptr);
  EXPECT_EQ(first_rae->cue, "advirtió");
}

// Stray and mismatched marks: a closing mark glued to the next word, an
// opening mark never closed.
TEST(QuotesTest, StrayMarks) {
  Document glued = AnalyzeWithNames("\"No vamos a pagar esa deuda\"dijo Ana Ruiz.", kNames);
  ASSERT_EQ(glued.quotes.size(), 1u);
  EXPECT_EQ(glued.quotes[0].text, "No vamos a pagar esa deuda");
  EXPECT_EQ(Speaker(glued, glued.quotes[0]), "Ana Ruiz");

  Document unclosed =
      AnalyzeWithNames("Jorge Peña advirtió: «La obra no estará lista antes de fin de año.\n\nOtro tema.", kNames);
  ASSERT_EQ(unclosed.quotes.size(), 1u);
  EXPECT_EQ(unclosed.quotes[0].text, "La obra no estará lista antes de fin de año");
  EXPECT_EQ(Speaker(unclosed, unclosed.quotes[0]), "Jorge Peña");
}

TEST(QuotesTest, ReportedSpeechIsApart) {
  Document doc = AnalyzeWithNames("El canciller Santiago Cafiero dijo que la Argentina no enviará tropas.",
                                  {{"Santiago Cafiero", "PER"}, {"Argentina", "LOC"}});
  EXPECT_TRUE(doc.quotes.empty());
  ASSERT_EQ(doc.reported_speech.size(), 1u);
  EXPECT_EQ(doc.reported_speech[0].kind, "reported");
  EXPECT_EQ(doc.reported_speech[0].text, "que la Argentina no enviará tropas");
  EXPECT_EQ(Speaker(doc, doc.reported_speech[0]), "Santiago Cafiero");
  // A noun with a relative clause after the verb is not speech.
  Document rel = AnalyzeWithNames("Ana Ruiz advirtió de los riesgos que podrían llegar con la crisis.", kNames);
  EXPECT_TRUE(rel.reported_speech.empty());
}

TEST(QuotesTest, DashDialogue) {
  Document doc = AnalyzeWithNames("—No vamos a ceder —dijo Juan Pérez—. Después se fue.", {{"Juan Pérez", "PER"}});
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].text, "No vamos a ceder");
  EXPECT_EQ(doc.quotes[0].cue, "dijo");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Juan Pérez");
}

// An interview in dash lines: the questions are the outlet's, no quotes;
// each answer, however short, is the interviewee's, past the carry limit.
TEST(QuotesTest, InterviewAnswersAreTheInterviewees) {
  std::string text = "La alcaldesa Elena Vidal recibió a este diario en su despacho.\n\n";
  for (int i = 0; i < 4; ++i) {
    text += "—¿Qué hará con el transporte?\n—Vamos a licitar las líneas.\n\n"
            "—¿Y con el presupuesto?\n—No. Primero hay que auditar las cuentas.\n\n";
  }
  Document doc = AnalyzeWithNames(text, kNames);
  size_t answers = 0;
  for (const Quote& q : doc.quotes) {
    EXPECT_EQ(q.text.find("¿"), std::string::npos) << q.text;
    EXPECT_EQ(Speaker(doc, q), "Elena Vidal") << q.text;
    answers += q.text.rfind("Vamos a licitar", 0) == 0 || q.text.rfind("No. Primero", 0) == 0;
  }
  EXPECT_EQ(answers, 8u);
  // A short dash line with no question before it stays a list item.
  Document list = AnalyzeWithNames("Los requisitos:\n—Tener DNI.\n—Ser mayor de edad.", kNames);
  EXPECT_TRUE(list.quotes.empty());
}

TEST(QuotesTest, ScareQuotesTitlesAndUnbalancedMarks) {
  Document doc = AnalyzeWithNames("Lanzaron la vacuna \"Sputnik V\" en marzo. El \"plan era", {});
  EXPECT_TRUE(doc.quotes.empty());
  // A title in marks is no quote, and no speaker either.
  Document title = AnalyzeWithNames("Con humildad, Ana Ruiz presentó su disco “Entre Ríos y Montes” en la capital, dijo.", kNames);
  EXPECT_TRUE(title.quotes.empty());
  // A capitalised word with its cue right after is speech: "«Hola», remarcó".
  Document hola = AnalyzeWithNames("«Hola», remarcó Ana Ruiz al entrar.", kNames);
  ASSERT_EQ(hola.quotes.size(), 1u);
  EXPECT_EQ(Speaker(hola, hola.quotes[0]), "Ana Ruiz");
  Document doc2 = AnalyzeWithNames("Dijo \"hola.\n\"Todo está bien, no hay nada que temer\", afirmó Ana Ruiz.",
                                   {{"Ana Ruiz", "PER"}});
  ASSERT_EQ(doc2.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc2, doc2.quotes[0]), "Ana Ruiz");
}

// A nationality word never speaks: the headline's "Russian foreign
// minister says" leaves the floor to the minister named below, and a
// pronoun cue's person keeps it for the next quote paragraph.
TEST(QuotesTest, NationalityWordsDoNotSpeakAndAResolvedPronounKeepsTheFloor) {
  Document doc = AnalyzeWithNames(
      "Russian foreign minister says no talks\n\nRussian Foreign Minister Sergei Lavrov dismissed the reports.\n\n"
      "\"There are no secret talks going on at all,\" he told a briefing.\n\n"
      "\"Attempts to declare that there is a secret channel are a lie.\"\n",
      {{"Russian", "MISC"}, {"Sergei Lavrov", "PER"}}, "2023-10-18", "en");
  ASSERT_EQ(doc.quotes.size(), 2u);
  const Entity* lavrov = FindEntity(doc, "Sergei Lavrov");
  ASSERT_NE(lavrov, nullptr);
  EXPECT_EQ(doc.quotes[0].speaker, lavrov->id);
  EXPECT_EQ(doc.quotes[1].speaker, lavrov->id);
}

// A pronoun with a gender stands for the last person it fits: "She said"
// after a man spoke last is the woman named before him.
TEST(QuotesTest, GenderedPronounPicksThePersonItFits) {
  Document doc = AnalyzeWithNames(
      "He was jailed by Judge Barbara Lowe after Paul Reed asked for mercy.\n\n"
      "She said: \"This is a serious offence and the message must go out.\"\n",
      {{"Barbara Lowe", "PER"}, {"Paul Reed", "PER"}}, "2023-10-18", "en");
  ASSERT_EQ(doc.quotes.size(), 1u);
  ASSERT_NE(FindEntity(doc, "Barbara Lowe"), nullptr);
  EXPECT_EQ(doc.quotes[0].speaker, FindEntity(doc, "Barbara Lowe")->id);
  Document es = AnalyzeWithNames(
      "La jueza Marta Ruiz escuchó a Pedro Soto.\n\nElla afirmó: «Es un delito grave y el mensaje debe quedar claro».\n",
      {{"Marta Ruiz", "PER"}, {"Pedro Soto", "PER"}});
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, FindEntity(es, "Marta Ruiz")->id);
}

// Before the quote, a gendered pronoun is the person named last, not the
// speaker of the quotes before; after the quote ("…," he added) the
// speaker goes on, whoever was named in between.
TEST(QuotesTest, PronounBeforeTheQuoteIsThePersonNamedLast) {
  Document doc = AnalyzeWithNames(
      "Paul Reed said: \"The board has decided.\"\n\n"
      "After the defeat, Tom Hale felt the team had played badly.\n\n"
      "He said: \"I am doing something wrong.\"\n",
      {{"Paul Reed", "PER"}, {"Tom Hale", "PER"}}, "2023-10-18", "en");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Paul Reed");
  EXPECT_EQ(Speaker(doc, doc.quotes[1]), "Tom Hale");
  Document after = AnalyzeWithNames(
      "\"We will act,\" Paul Reed said after meeting Tom Hale. \"Nobody will be left behind,\" he added.",
      {{"Paul Reed", "PER"}, {"Tom Hale", "PER"}}, "2023-10-18", "en");
  ASSERT_EQ(after.quotes.size(), 2u);
  EXPECT_EQ(Speaker(after, after.quotes[1]), "Paul Reed");
}

// A title after the place it belongs to heads the subject ("Ohio governor
// says"): the speaker is the person holding it, named later in a lead, not
// the place, and not someone whose role names another place.
TEST(QuotesTest, TitleAfterItsPlaceIsTheSpeaker) {
  const Names names = {{"Ohio", "LOC"}, {"Texas", "LOC"}, {"Ana Bell", "PER"}, {"Mark Lee", "PER"}};
  Document doc = AnalyzeWithNames(
      "Ohio governor says the plan is \"dead on arrival\"\n\n"
      "Texas Governor Ana Bell met her colleagues on Tuesday to discuss the budget.\n\n"
      "Governor Mark Lee of Ohio spoke after her and took questions from the press.\n",
      names, "2023-10-18", "en");
  ASSERT_FALSE(doc.quotes.empty());
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Mark Lee");
  EXPECT_EQ(doc.quotes[0].attribution, "anaphora");
  // Places are matched in a role as whole words: "Niger" is not in "Nigeria Governor".
  Document whole = AnalyzeWithNames(
      "Nigeria governor says the plan is \"dead on arrival\"\n\n"
      "Troops from Niger crossed the border on Tuesday to discuss the budget.\n\n"
      "Nigeria Governor Mark Lee spoke later and took questions from the press.\n",
      {{"Nigeria", "LOC"}, {"Niger", "LOC"}, {"Mark Lee", "PER"}}, "2023-10-18", "en");
  ASSERT_FALSE(whole.quotes.empty());
  EXPECT_EQ(Speaker(whole, whole.quotes[0]), "Mark Lee");
}

// A quoted word inside a sentence whose subject and cue come after it, in
// English order: the subject between the quote and the cue speaks; a cue
// in a relative clause ("que Lima considera") does not give its subject.
TEST(QuotesTest, SubjectBeforeALaterCue) {
  Document doc = AnalyzeWithNames(
      "A \"handful\" of people may have been exposed to the virus, the health director Ana Bell said on Tuesday.",
      {{"Ana Bell", "PER"}}, "2023-10-18", "en");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Ana Bell");
  Document es = AnalyzeWithNames(
      "La empresa «rechaza» el plan del puerto, que Lima considera «necesario», según dijo ayer su vocero, Juan Ruiz.",
      {{"Lima", "LOC"}, {"Juan Ruiz", "PER"}});
  ASSERT_NE(Starting(es, "necesario"), nullptr);
  for (const Quote& q : es.quotes) EXPECT_NE(Speaker(es, q), "Lima") << q.text;
}

// A quote inside boilerplate (a read-more headline) is no speech of the story.
TEST(QuotesTest, QuoteInBoilerplateIsNoQuote) {
  Document doc = AnalyzeWithNames(
      "El alcalde Juan Ruiz dijo ayer: «Abriremos la playa en dos semanas si el agua está limpia».\n"
      "Lee también: «Nunca pensé que ganaría», cuenta la ganadora del sorteo",
      {{"Juan Ruiz", "PER"}});
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Juan Ruiz");
  // Nor does its speaker become the one the story's next cue carries on.
  Document carried = AnalyzeWithNames(
      "La alcaldesa Marta Díaz presentó ayer el plan de playas ante el pleno municipal.\n\n"
      "Lee también: «Nunca pensé que ganaría el sorteo», dijo Jorge Peña\n\n"
      "«Abriremos la playa en dos semanas si el agua está limpia y los análisis salen bien», añadió.",
      {{"Marta Díaz", "PER"}, {"Jorge Peña", "PER"}});
  ASSERT_EQ(carried.quotes.size(), 1u);
  EXPECT_EQ(Speaker(carried, carried.quotes[0]), "Marta Díaz");
}

// A participle after the main clause is its subject's speech: "Bell wrote
// to the minister, asking him to “…”".
TEST(QuotesTest, ParticipleCueKeepsTheMainSubject) {
  Document doc = AnalyzeWithNames(
      "Ana Bell wrote to Mark Lee before the summit, asking the minister to \"act now on housing\" this year.",
      {{"Ana Bell", "PER"}, {"Mark Lee", "PER"}}, "2023-10-18", "en");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].cue, "asking");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Ana Bell");
}

TEST(QuotesTest, EnglishUsesEnglishData) {
  Document doc =
      AnalyzeWithNames("\"We will act together,\" Keir Starmer said.", {{"Keir Starmer", "PER"}}, "2023-10-18", "en");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].text, "We will act together");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Keir Starmer");
  // A pronoun subject continues the speaker.
  Document he = AnalyzeWithNames("\"We will act,\" Keir Starmer said. \"Nobody will be left behind,\" he added.",
                                 {{"Keir Starmer", "PER"}}, "2023-10-18", "en");
  ASSERT_EQ(he.quotes.size(), 2u);
  EXPECT_EQ(he.quotes[1].cue, "added");
  EXPECT_EQ(Speaker(he, he.quotes[1]), "Keir Starmer");
  EXPECT_EQ(he.quotes[1].attribution, "carried");
}

// The data the attribution reads: every line of speech.txt and
// role_nouns.txt has a known key, every cue_verbs.txt line is "lemma: forms",
// and the words the passes rely on are there.
TEST(QuotesTest, SpeechDataIsWellFormed) {
  for (const char* lang : {"es", "en"}) {
    LanguageData lex = LoadLanguageData(lang);
    EXPECT_TRUE(lex.malformed.empty()) << lang << ": " << (lex.malformed.empty() ? "" : lex.malformed[0]);
    for (std::string_view line : LangDataLines(lang, "cue_verbs")) {
      size_t colon = line.find(": ");
      EXPECT_TRUE(colon != std::string_view::npos && colon > 0 && line.size() > colon + 2)
          << lang << " cue_verbs: " << line;
    }
    EXPECT_FALSE(lex.according_cues.empty()) << lang;
    EXPECT_FALSE(lex.prepositions.empty()) << lang;
  }
  LanguageData es = LoadLanguageData("es");
  EXPECT_TRUE(es.speech_auxiliaries.count("ha"));
  EXPECT_EQ(es.determiners.at("la"), 'f');
  EXPECT_EQ(es.noun_gender.at("ministra"), 'f');
  EXPECT_TRUE(es.org_anaphors.count("entidad"));
  EXPECT_EQ(es.cue_verbs.at("añadió"), "añadir");
  EXPECT_TRUE(es.addressee_prepositions.count("a"));
  EXPECT_FALSE(es.plural_verb_endings.empty());
  EXPECT_TRUE(es.not_speech_before.at("contar").count("con"));
  EXPECT_TRUE(es.not_speech_after.at("contar").count("en"));
}

}  // namespace
}  // namespace resalta
