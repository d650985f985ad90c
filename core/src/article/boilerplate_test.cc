#include <gtest/gtest.h>

#include "article/article_test_util.h"

namespace resalta {
namespace {

// `line` between two story lines is the only boilerplate, whole, for `reason`.
void ExpectOneLine(const std::string& before, const std::string& line, const std::string& after,
                   const std::string& reason, const std::string& lang) {
  Document doc = AnalyzeWithNames(before + "\n" + line + "\n" + after, {}, "2023-10-18", lang);
  ASSERT_EQ(doc.boilerplate.size(), 1u) << line;
  EXPECT_EQ(doc.boilerplate[0].text, line);
  EXPECT_EQ(doc.boilerplate[0].reason, reason) << line;
}

TEST(BoilerplateTest, PromoLines) {
  struct {
    const char* line;
    const char* reason;
  } cases[] = {
      {"Este contenido se hizo gracias al apoyo de la comunidad de El Destape. Sumate.", "donation-appeal"},
      {"Seguí leyendo", "read-more"},
      {"Te puede interesar: Cómo sigue la causa", "read-more"},
      {"Temas en esta nota", "tags"},
      {"Suscribite a nuestro newsletter", "subscription-appeal"},
      {"Foto: Juan Pérez / Télam", "photo-credit"},
      {"Compartir", "share-prompt"},
      {"Dejá tu comentario", "comment-prompt"},
      {"18/10/2023 10:35", "timestamp"},
      {"Publicidad", "label"},
      {"Pantalla completa Reproducir", "label"},
      {"NOTICIA EN DESARROLLO", "label"},
      {"Lea más: El Senado aprueba la reforma jubilatoria", "read-more"},
      {"Le puede interesar: Nueva ola de calor en el norte", "read-more"},
      {"Unite al canal de Noticias del Sur en WhatsApp", "subscription-appeal"},
      {"Escuche la entrevista íntegra aquí:", "media-prompt"},
      {"4 minutos de lectura", "reading-time"},
      {"Jueves 9 de mayo de 2024 - 07:40", "timestamp"},
      {"-->", "markup"},
      {"Aviso legal Política de privacidad Contacto", "label"},
      {"Ingresa tu correo y recibe las noticias del día", "subscription-appeal"},
      {"Los bomberos trabajan en la zona del incendio. | Marta Ruiz/Agencia Sur", "caption"},
      {"El alcalde durante la inauguración del puente. Foto: Prensa Municipal", "caption"},
      {"Por: Andrés Rivas 12 de mayo, 2024", "credit"},
      {"Mariela Soto [email protected] | Martes 3 mayo, 2022 10:15 a. m.", "byline"},
      {"Pie de foto, Los rescatistas revisan los escombros del puente.", "photo-credit"},
      {"mgonzalez@diariodelvalle.com", "byline"},
      {"Haz clic aquí para leer más historias del Diario del Valle.", "read-more"},
      {"Recuerda que puedes recibir notificaciones de nuestra app en tu teléfono.", "subscription-appeal"},
  };
  for (const auto& c : cases) {
    ExpectOneLine("El Gobierno anunció ayer un nuevo plan de obras.", c.line, "La oposición lo rechazó.", c.reason, "es");
  }
}

// English page chrome, by phrase and by shape.
TEST(BoilerplateTest, EnglishPromoLines) {
  struct {
    const char* line;
    const char* reason;
  } cases[] = {
      {"Topics", "label"},
      {"Toggle font size", "label"},
      {"This article is more than 2 years old", "label"},
      {"Related links", "read-more"},
      {"The Daily Post wants to start sending you push notifications", "subscription-appeal"},
      {"March 3, 2021 / 9:15 AM / a year ago", "timestamp"},
      {"Published on Jan 5, 2022 10:20 PM IST", "timestamp"},
      {"Ana Lowe/Getty Images", "caption"},
      {"Tom Reyes/AP", "caption"},
      {"[ Most chief executives expect the economy to grow next year ]", "read-more"},
      {"Fans gather outside the stadium before the final. Photograph: Ana Lowe/Getty Images", "caption"},
  };
  for (const auto& c : cases) {
    ExpectOneLine("The council approved a new budget on Monday.", c.line, "The opposition voted against it.", c.reason, "en");
  }
}

// Boilerplate found by the shape and place of a line, not by a phrase.
struct ShapeCase {
  const char* what;
  const char* text;
  std::vector<std::pair<std::string, std::string>> names;  // tagger labels
  std::vector<std::string> expected;                       // boilerplate texts, in order
};

const ShapeCase kShapeCases[] = {
    {"a read-more label takes the headlines under it",
     "El puerto retomó la actividad tras tres días de paro y los camiones volvieron a circular.\n"
     "Más información\n"
     "Aprueban el presupuesto municipal con cambios en transporte\n"
     "Cierran dos escuelas por la tormenta; las clases siguen en línea\n"
     "El sindicato había reclamado una mejora salarial durante varias semanas de negociación.",
     {},
     {"Más información", "Aprueban el presupuesto municipal con cambios en transporte",
      "Cierran dos escuelas por la tormenta; las clases siguen en línea"}},
    {"a caption printed twice",
     "La marea alta cubrió la rambla durante la madrugada y obligó a cortar el tránsito.\n"
     "Vista de la costanera inundada.\n\n"
     "Vista de la costanera inundada.\n"
     "Los vecinos pidieron obras de defensa costera desde hace años, según la asociación barrial.",
     {},
     {"Vista de la costanera inundada.", "Vista de la costanera inundada."}},
    {"a caption printed again with its credit in parentheses",
     "La marea alta cubrió la rambla durante la madrugada y obligó a cortar el tránsito.\n"
     "Vista de la costanera inundada\n"
     "Vista de la costanera inundada (foto de archivo)\n"
     "Los vecinos pidieron obras de defensa costera desde hace años, según la asociación barrial.",
     {},
     {"Vista de la costanera inundada", "Vista de la costanera inundada (foto de archivo)"}},
    {"a byline and a place line above the first paragraph",
     "Lucía Gómez\n"
     "Cali, Valle del Cauca\n"
     "Las lluvias de la última semana dejaron más de cien familias evacuadas en el sur de la ciudad.",
     {{"Lucía Gómez", "PER"}, {"Valle del Cauca", "LOC"}},
     {"Lucía Gómez", "Cali, Valle del Cauca"}},
    {"a byline crediting agencies across a slash",
     "marta ruiz / agencias\n"
     "El festival de cine abrió anoche con una película sobre la migración en la frontera norte del país.",
     {},
     {"marta ruiz / agencias"}},
    {"a byline under a caption, initials and a closing signature",
     "La lluvia obligó a suspender el partido en el segundo tiempo, con el marcador igualado.\n"
     "El estadio, bajo la tormenta. | Club Atlético\n"
     "Pedro Almada\n"
     "El árbitro esperó media hora antes de decidir la suspensión definitiva del encuentro.\n"
     "jrm",
     {},
     {"El estadio, bajo la tormenta. | Club Atlético", "Pedro Almada", "jrm"}},
    {"a caption of names above the headline",
     "Ana Belén Ortiz, Luis Prado y Marta Gil, ayer, en Cádiz.\n"
     "Tres científicos presentan el hallazgo del año\n"
     "El equipo halló restos de un barco fenicio a doce metros de profundidad frente a la costa gaditana.",
     {{"Ana Belén Ortiz", "PER"}, {"Luis Prado", "PER"}, {"Marta Gil", "PER"}, {"Cádiz", "LOC"}},
     {"Ana Belén Ortiz, Luis Prado y Marta Gil, ayer, en Cádiz."}},
    {"datelines without a dash and glued to .-",
     "MONTEVIDEO, 5 (EFE)\n"
     "El Parlamento uruguayo aprobó la ley de riego tras un largo debate en ambas cámaras.\n"
     "Ciudad de Panamá.- El ministro de Salud confirmó que la campaña de vacunación se extiende.",
     {},
     {"MONTEVIDEO, 5 (EFE)", "Ciudad de Panamá.-"}},
    {"an agency signing the last paragraph",
     "La policía detuvo a dos sospechosos del robo al banco, que ocurrió el martes por la tarde. EFE",
     {},
     {"EFE"}},
    {"a page menu pasted above the story; the page title that comes back as the headline stays",
     "Portada\nIniciar sesión\nSecciones\nEl puerto retoma la actividad\nEconomía\nDeportes\n"
     "Cultura\nOpinión\n\n"
     "El puerto retoma la actividad\n\n"
     "El puerto retomó la actividad tras tres días de paro y los camiones volvieron a circular.",
     {},
     {"Portada", "Iniciar sesión", "Secciones", "Economía", "Deportes", "Cultura", "Opinión"}},
    {"two menus in a row: each one's lines are boilerplate, not only the first's",
     "Portada\nIniciar sesión\nSecciones\nContacto\nEconomía\nDeportes\nCultura\nOpinión\n\n"
     "Política\nMundo\nSociedad\nCiencia\nSalud\nClima\nViajes\nHoróscopo\n\n"
     "El puerto retoma la actividad\n\n"
     "El puerto retomó la actividad tras tres días de paro y los camiones volvieron a circular.",
     {},
     {"Portada", "Iniciar sesión", "Secciones", "Contacto", "Economía", "Deportes", "Cultura", "Opinión", "Política",
      "Mundo", "Sociedad", "Ciencia", "Salud", "Clima", "Viajes", "Horóscopo"}},
};

TEST(BoilerplateTest, LineShapes) {
  for (const ShapeCase& c : kShapeCases) {
    Document doc = AnalyzeWithNames(c.text, c.names);
    std::vector<std::string> got;
    for (const Boilerplate& b : doc.boilerplate) got.push_back(b.text);
    EXPECT_EQ(got, c.expected) << c.what;
  }
}

// The story is never dimmed: a short headline, a subheading in the middle,
// a paragraph ending in a quote, names in running text.
TEST(BoilerplateTest, StoryShapesStay) {
  const char* texts[] = {
      "Atrapan a tres ladrones en pleno centro\n"
      "La policía local detuvo anoche a tres hombres que intentaban forzar un cajero automático del centro.\n"
      "Las reacciones\n"
      "El intendente Mario Paz felicitó a los agentes y anunció más patrullas para las próximas semanas.\n"
      "“Vamos a seguir trabajando para que el centro sea seguro”, dijo Paz ante la prensa local.",
      "El Congreso aprueba la reforma del sistema de salud\n"
      "El Congreso aprueba la reforma del sistema de salud\n"
      "La ley recibió ochenta votos a favor y se aplicará desde enero en todos los hospitales públicos.",
      "Mario Paz",
      "OTAN (Organización del Tratado del Atlántico Norte)\n"
      "La alianza atlántica celebró ayer su cumbre anual con la presencia de treinta jefes de Estado.",
      "Kiev pide más defensas aéreas\n"
      "El Gobierno de Ucrania volvió a pedir sistemas antiaéreos a sus aliados tras el ataque del domingo.",
  };
  for (const char* t : texts) {
    Document doc = AnalyzeWithNames(t, {{"Mario Paz", "PER"}, {"Paz", "PER"}, {"Kiev", "LOC"}, {"Ucrania", "LOC"}});
    EXPECT_TRUE(doc.boilerplate.empty()) << t << "\n" << (doc.boilerplate.empty() ? "" : doc.boilerplate[0].text);
  }
}

// A story's own header is no menu: seven short lines are too few for one,
// and a block of eight sitting right on the lead (a header with share
// buttons, a fact box) has no headline between it and the story.
TEST(BoilerplateTest, StoryHeaderIsNoMenu) {
  const char* texts[] = {
      "Sube el precio del pan\nLa harina subió un 30 %\nEconomía\nMercados\nPrecios\nConsumo\nHogares\n\n"
      "Sube el precio del pan\n\n"
      "El precio del pan subió por tercera vez en el año y los panaderos culpan al costo de la harina importada.",
      "Sube el precio del pan\nLa harina subió un 30 %\nEconomía\nMercados\nPrecios\nConsumo\nHogares\nLima\n\n"
      "El precio del pan subió por tercera vez en el año y los panaderos culpan al costo de la harina importada.",
  };
  for (const char* t : texts) {
    Document doc = AnalyzeWithNames(t, {});
    for (const Boilerplate& b : doc.boilerplate) EXPECT_NE(b.reason, "menu") << t << "\n" << b.text;
  }
}

// Headlines of other stories pasted between two paragraphs are read-more
// links; a list after a colon, a story's key points and the header of a
// story pasted after it are not.
TEST(BoilerplateTest, TeaserHeadlinesBetweenParagraphs) {
  const std::string before =
      "El ministro de Hacienda dijo ayer que la economía crecerá este año pese a la caída del consumo interno.\n";
  const std::string after = "\nEl ministro añadió que el presupuesto del próximo año incluirá más fondos para la salud.";
  const std::string teasers =
      "Cierran tres playas del litoral por la marea roja\n"
      "¿Cuánto cuesta alquilar un piso en el centro?\n"
      "«Nunca pensé que ganaría», cuenta la ganadora del sorteo";
  Document doc = AnalyzeWithNames(before + teasers + after, {});
  std::vector<std::string> got;
  for (const Boilerplate& b : doc.boilerplate) {
    got.push_back(b.text);
    EXPECT_EQ(b.reason, "read-more") << b.text;
  }
  EXPECT_EQ(got, (std::vector<std::string>{"Cierran tres playas del litoral por la marea roja",
                                           "¿Cuánto cuesta alquilar un piso en el centro?",
                                           "«Nunca pensé que ganaría», cuenta la ganadora del sorteo"}));
  const std::string stays[] = {
      // a list after a colon
      before + "El ministro explicó luego a la prensa que el plan tiene tres medidas principales:\nSubir el salario mínimo en enero\n"
      "Bajar el impuesto a la luz\nAmpliar las becas de transporte",
      // key points sharing their words
      "El informe se publicó ayer tras meses de trabajo de los técnicos del ministerio.\n"
      "Nuevo impuesto a los bonos de la banca\nSubida de las pensiones en abril\nSe descarta la subida del impuesto de sociedades",
      // a list after a sentence announcing it: its lines open alike
      "Estas son las medidas principales del paquete que anunció ayer el ministro.\n"
      "Una subida del salario mínimo en enero\nUna rebaja del IVA de la luz hasta el verano\n"
      "Un bono de transporte para estudiantes",
      // the story's own points, on the words of the paragraph before them
      "El ministro presentó ayer el plan de vivienda para los jóvenes de todo el país.\n"
      "Alquiler social para jóvenes en todas las ciudades\nCréditos baratos para comprar la primera vivienda\n"
      "Más inspecciones a los pisos turísticos vacíos",
      // the next story's header, printed again at the head of its lead
      "El informe se publicó ayer tras meses de trabajo de los técnicos del ministerio.\n"
      "Cierran tres playas del litoral\nLa marea roja llegó el lunes\nVecinos piden ayuda al alcalde\n"
      "Vecinos piden ayuda al alcalde y este responde que la playa abrirá en dos semanas si baja la marea.",
  };
  for (const std::string& t : stays) {
    Document kept = AnalyzeWithNames(t + after, {});
    EXPECT_TRUE(kept.boilerplate.empty()) << t << "\n" << (kept.boilerplate.empty() ? "" : kept.boilerplate[0].text);
  }
}

TEST(BoilerplateTest, DataFilesParse) {
  for (const char* lang : {"es", "en"}) {
    LanguageData lex = LoadLanguageData(lang);
    EXPECT_TRUE(lex.malformed.empty()) << lang << ": " << (lex.malformed.empty() ? "" : lex.malformed[0]);
  }
  LanguageData es = LoadLanguageData("es");
  for (const char* key : {"timestamp", "particle", "byline", "date_joiner", "generic", "department"}) {
    EXPECT_FALSE(es.word_classes[key].empty()) << key;
  }
}

TEST(BoilerplateTest, StoryTextIsNotBoilerplate) {
  Document doc = AnalyzeWithNames(
      "Temas como la inflación y el desempleo dominaron el debate presidencial de anoche en Santiago.\n"
      "Los comentarios del ministro generaron polémica en el Congreso durante toda la jornada.",
      {});
  EXPECT_TRUE(doc.boilerplate.empty());
}

TEST(BoilerplateTest, DatelineAndMentionsLeftOutOfSalience) {
  Document doc = AnalyzeWithNames(
      "MADRID, 27 Oct. (EUROPA PRESS) - El presidente Pedro Sánchez habló hoy.\n"
      "Este contenido se hizo gracias al apoyo de la comunidad de El Destape.",
      {{"Pedro Sánchez", "PER"}, {"El Destape", "ORG"}});
  ASSERT_EQ(doc.boilerplate.size(), 2u);
  EXPECT_EQ(doc.boilerplate[0].reason, "dateline");
  EXPECT_EQ(doc.boilerplate[0].text, "MADRID, 27 Oct. (EUROPA PRESS) -");
  // Named only in an appeal: not an entity of the story.
  EXPECT_EQ(FindEntity(doc, "El Destape"), nullptr);
  EXPECT_EQ(doc.tags, std::vector<std::string>{"Pedro Sánchez"});
}

}  // namespace
}  // namespace resalta
