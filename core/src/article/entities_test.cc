#include <gtest/gtest.h>

#include "article/article_test_util.h"

namespace resalta {
namespace {

// Names the story does not use as names: generic nouns alone, portfolio
// words of a title, names only in boilerplate.
struct PruneCase {
  const char* what;
  const char* text;
  std::vector<std::pair<std::string, std::string>> labels;
  std::vector<std::string> dropped;
  std::vector<std::string> kept;
};

const PruneCase kPruneCases[] = {
    {"a currency sign is no name; a currency name that is also a place stays",
     "El kilo cuesta S/. 12 en Córdoba y US$ 3 en Colón.",
     {{"S/.", "MISC"}, {"US$", "ORG"}, {"Córdoba", "LOC"}, {"Colón", "LOC"}},
     {"S/.", "US$"},
     {"Córdoba", "Colón"}},
    {"generic nouns alone, a named government kept",
     "El Gobierno anunció recortes y el Estado pagará menos. El Gobierno de Cantabria lo rechazó.",
     {{"Gobierno de Cantabria", "ORG"}, {"Gobierno", "ORG"}, {"Estado", "ORG"}},
     {"Gobierno", "Estado"},
     {"Gobierno de Cantabria"}},
    {"portfolio words of titles",
     "La ministra de Agricultura, Pesca y Ganadería, Lucía Ferrer, viajó con el ministro de Relaciones "
     "Exteriores, Pablo Sáenz.",
     {{"Agricultura", "MISC"}, {"Pesca", "MISC"}, {"Ganadería", "MISC"}, {"Relaciones Exteriores", "MISC"},
      {"Lucía Ferrer", "PER"}, {"Pablo Sáenz", "PER"}},
     {"Agricultura", "Pesca", "Ganadería", "Relaciones Exteriores"},
     {"Lucía Ferrer", "Pablo Sáenz"}},
    {"a portfolio typed MISC inside a title, whatever its words",
     "El portavoz de Seguridad Nacional de la Casa Blanca, John Kirby, dijo que habrá sanciones.",
     {{"Seguridad Nacional", "MISC"}, {"Casa Blanca", "ORG"}, {"John Kirby", "PER"}},
     {"Seguridad Nacional"},
     {"John Kirby", "Casa Blanca"}},
    {"a capitalised title and its portfolio are a role",
     "El Ministro de Hacienda anunció el recorte. La Ministra de Salud y Deportes lo respaldó.",
     {{"Ministro de Hacienda", "ORG"}, {"Ministra de Salud y Deportes", "ORG"}},
     {"Ministro de Hacienda", "Ministra de Salud y Deportes"},
     {}},
    {"a run across a title-case headline, the names in it kept",
     "Alcaldía Anuncia Cierre De Vías Por Obras En Quito\nLa Alcaldía de Quito cerrará tres vías desde el lunes.",
     {{"Alcaldía Anuncia Cierre De Vías Por Obras", "ORG"}, {"Quito", "LOC"}, {"Alcaldía de Quito", "ORG"}},
     {"Alcaldía Anuncia Cierre De Vías Por Obras"},
     {"Quito", "Alcaldía de Quito"}},
    {"a name with a capitalised function word outside a headline stays",
     "El Movimiento Al Socialismo ganó en La Paz y el Partido Por la Democracia perdió en Santiago.",
     {{"Movimiento Al Socialismo", "ORG"}, {"La Paz", "LOC"}, {"Partido Por la Democracia", "ORG"}},
     {},
     {"Movimiento Al Socialismo", "Partido Por la Democracia"}},
    {"acronyms of common nouns", "El PIB creció un 2% y el IVA bajó, según el Banco de España.",
     {{"PIB", "MISC"}, {"IVA", "ORG"}, {"Banco de España", "ORG"}},
     {"PIB", "IVA"},
     {"Banco de España"}},
    {"a time zone after a clock is part of the time",
     "La reunión empezó a las 15:00 GMT en Ginebra y terminó sin acuerdo.",
     {{"GMT", "ORG"}, {"Ginebra", "LOC"}},
     {"GMT"},
     {"Ginebra"}},
    {"a disease is no name",
     "El brote de Dengue obligó a cerrar dos escuelas en Asunción, y el Zika preocupa a los médicos.",
     {{"Dengue", "MISC"}, {"Zika", "LOC"}, {"Asunción", "LOC"}},
     {"Dengue", "Zika"},
     {"Asunción"}},
    {"a pronoun is no name", "No.\nYo lo dije primero en la reunión del consejo.", {{"Yo", "PER"}}, {"Yo"}, {}},
    {"a hashtag is a label", "Los vecinos protestaron con la etiqueta #SinAgua frente a la Gobernación de Lara.",
     {{"SinAgua", "ORG"}, {"Gobernación de Lara", "ORG"}},
     {"SinAgua"},
     {"Gobernación de Lara"}},
    {"a ministry is a name, its portfolio alone is not",
     "El Ministerio de Economía publicó el informe. La ministra de Economía lo presentó.",
     {{"Ministerio de Economía", "ORG"}, {"Economía", "MISC"}},
     {"Economía"},
     {"Ministerio de Economía"}},
    {"a byline and a read-more headline name no one in the story",
     "Carla Méndez\nEl Congreso aprobó anoche la ley de alquileres con el voto de la oposición.\n"
     "Lee también: Lionel Messi vuelve a entrenar con su club",
     {{"Carla Méndez", "PER"}, {"Congreso", "ORG"}, {"Lionel Messi", "PER"}},
     {"Carla Méndez", "Lionel Messi"},
     {"Congreso"}},
    {"a title or a month alone",
     "Presidenta del Senado pide calma\nLa presidenta habló con la prensa en el Congreso. Nov. fue un mes difícil.",
     {{"Presidenta", "ORG"}, {"Senado", "ORG"}, {"Congreso", "ORG"}, {"Nov.", "ORG"}},
     {"Presidenta", "Nov."},
     {"Senado", "Congreso"}},
    {"an agency named only in a credit line is a source, not an entity of the story",
     "El acuerdo se firmó ayer en la capital tras meses de negociación entre las partes.\nCon información de AFP",
     {},
     {"AFP"},
     {}},
    {"an acronym the story spells out in lowercase words is a term; one of a capitalised name stays",
     "El beneficio por acción (BPA) crecerá, dijo el banco. El índice de precios al consumidor (IPC) bajó. "
     "La Organización Mundial de la Salud (OMS) lo confirmó. El BPA no se publica.",
     {{"BPA", "ORG"}, {"IPC", "ORG"}, {"Organización Mundial de la Salud", "ORG"}, {"OMS", "ORG"}},
     {"BPA", "IPC"},
     {"Organización Mundial de la Salud"}},
    {"an agency the story itself names is an entity",
     "El acuerdo se firmó ayer, según informó la agencia AFP tras meses de negociación entre las partes.",
     {},
     {},
     {"AFP"}},
};

TEST(EntitiesTest, NamesTheStoryDoesNotUseAreDropped) {
  for (const PruneCase& c : kPruneCases) {
    Document doc = AnalyzeWithNames(c.text, c.labels);
    for (const std::string& name : c.dropped) EXPECT_EQ(FindEntity(doc, name), nullptr) << c.what << ": " << name;
    for (const std::string& name : c.kept) EXPECT_NE(FindEntity(doc, name), nullptr) << c.what << ": " << name;
  }
}

// Types the article layer gives from the words around and inside a name.
struct ContextTypeCase {
  const char* what;
  const char* text;
  std::vector<std::pair<std::string, std::string>> labels;
  const char* name;
  const char* type;
};

const ContextTypeCase kContextTypeCases[] = {
    {"a head word: an airport is a place", "Los vuelos se desviaron al Aeropuerto de Barajas por la niebla.",
     {{"Aeropuerto de Barajas", "ORG"}}, "Aeropuerto de Barajas", "LOC"},
    {"a head word: a court is an organisation", "El Juzgado de Familia número 2 citó a las partes.",
     {{"Juzgado de Familia", "LOC"}}, "Juzgado de Familia número 2", "ORG"},
    {"a numbered court and its town", "Lo investiga el Juzgado de lo Penal número 4 de Elche desde marzo.",
     {{"Juzgado de lo Penal", "ORG"}, {"Elche", "LOC"}}, "Juzgado de lo Penal número 4 de Elche", "ORG"},
    {"a numbered district", "Los vecinos del Distrito 12 votaron el domingo.", {{"Distrito", "ORG"}}, "Distrito 12",
     "LOC"},
    {"a count after a name is not its number", "El Banco Central compró 200 toneladas de oro.",
     {{"Banco Central", "ORG"}}, "Banco Central", "ORG"},
    {"a head word: a tournament is MISC, its year left out", "El equipo ganó el Torneo Invernal 2023 sin perder.",
     {{"Torneo Invernal 2023", "ORG"}}, "Torneo Invernal", "MISC"},
    {"a team after a player noun in a match report",
     "Los jugadores de Independiente celebraron el gol del empate. El técnico elogió al plantel tras el partido.",
     {{"Independiente", "LOC"}}, "Independiente", "ORG"},
    {"a team after ante in a match report",
     "El delantero marcó dos goles ante el Real Potosí y el equipo cerró la jornada como líder del torneo.",
     {{"Real Potosí", "LOC"}}, "Real Potosí", "ORG"},
    {"a team before a match verb",
     "Herediano venció por dos goles en el estadio y el técnico celebró el triunfo con el plantel.",
     {{"Herediano", "LOC"}}, "Herediano", "ORG"},
    {"the first of two teams before a match verb",
     "Al líder le basta que Cobresal y Deportes Iquique pierdan en la última jornada del torneo; el técnico confía "
     "en el plantel.",
     {{"Cobresal", "LOC"}, {"Deportes Iquique", "ORG"}}, "Cobresal", "ORG"},
    {"a club named with a demonym, typed PER",
     "El técnico celebró el gol del empate y el plantel festejó; ahora Boliviano y Universitario empataron en la "
     "otra cancha.",
     {{"Boliviano", "PER"}, {"Universitario", "ORG"}}, "Boliviano", "ORG"},
    {"a player after ante stays a person",
     "El tenista ganó el partido ante Nadal en la cancha central del torneo tras un largo empate.",
     {{"Nadal", "PER"}}, "Nadal", "PER"},
    {"a country stays a place in a match report",
     "La selección jugó ante Bolivia en La Paz; el técnico destacó el gol y el empate del partido.",
     {{"Bolivia", "ORG"}}, "Bolivia", "LOC"},
    {"outside sport, contra is politics", "La diputada votó contra Morena en la sesión del martes.",
     {{"Morena", "ORG"}}, "Morena", "ORG"},
    {"a title in quote marks after a work noun", "El museo abrió la exposición «Luz del Norte» con obras de treinta artistas.",
     {{"Luz", "PER"}, {"Norte", "LOC"}}, "Luz del Norte", "MISC"},
    {"a state is a place", "Tamaulipas informó ayer nuevas medidas de seguridad.", {{"Tamaulipas", "ORG"}},
     "Tamaulipas", "LOC"},
    {"a party is an organisation", "Los diputados de Fuerza Popular votaron en contra.", {{"Fuerza Popular", "LOC"}},
     "Fuerza Popular", "ORG"},
    {"an app is a product", "El alcalde lo anunció por WhatsApp a los vecinos.", {{"WhatsApp", "ORG"}}, "WhatsApp",
     "MISC"},
    {"an enumeration after a plural place noun",
     "Cortaron el tránsito en las calles Mitre, Sarmiento y Belgrano por la marcha.",
     {{"Mitre", "PER"}, {"Sarmiento", "PER"}, {"Belgrano", "ORG"}}, "Belgrano", "LOC"},
    {"an enumeration takes the type its sure members agree on",
     "Siguen sin luz Villa Rosa, Parque del Sol, Los Pinos y Barrio Norte desde el lunes.",
     {{"Villa Rosa", "PER"}, {"Parque del Sol", "ORG"}, {"Los Pinos", "PER"}, {"Barrio Norte", "ORG"}}, "Villa Rosa",
     "LOC"},
    {"a list of people stays people", "Firmaron la carta Ana Pérez, Luis Gómez y Marta Ruiz.",
     {{"Ana Pérez", "PER"}, {"Luis Gómez", "PER"}, {"Marta Ruiz", "PER"}}, "Luis Gómez", "PER"},
    {"surnames in a list take the type most of the list has",
     "La muestra reúne cuadros de Sorolla, Zurbarán, Goya y Velázquez junto a piezas anónimas.",
     {{"Sorolla", "PER"}, {"Zurbarán", "LOC"}, {"Goya", "PER"}, {"Velázquez", "PER"}}, "Zurbarán", "PER"},
    {"a list joined by o", "Podrían sustituirlo Quiroga, Benítez, Arce o Sandoval según la prensa local.",
     {{"Quiroga", "PER"}, {"Benítez", "PER"}, {"Arce", "PER"}, {"Sandoval", "ORG"}}, "Sandoval", "PER"},
    {"a nickname in quote marks inside a list member",
     "Cantaron Ruiz, Pardo «El Flaco», Soto y Vera en la última noche del ciclo.",
     {{"Ruiz", "PER"}, {"Pardo « El", "MISC"}, {"Soto", "PER"}, {"Vera", "PER"}}, "Pardo", "PER"},
    {"an acronym in a list of names keeps its type",
     "Firmaron el convenio IBM, Mendoza, Quiroga y Salinas ante el notario.",
     {{"IBM", "ORG"}, {"Mendoza", "PER"}, {"Quiroga", "PER"}, {"Salinas", "PER"}}, "IBM", "ORG"},
    {"two votes do not override a person the tagger saw",
     "Debatieron anoche Aranguren, Olaizola y Etxeberria sobre el futuro del puerto.",
     {{"Aranguren", "LOC"}, {"Olaizola", "LOC"}, {"Etxeberria", "PER"}}, "Etxeberria", "PER"},
    {"no majority, no change", "Firmaron el acuerdo Ana Pérez, Greenpeace y Madrid en la cumbre del clima.",
     {{"Ana Pérez", "PER"}, {"Greenpeace", "ORG"}, {"Madrid", "LOC"}}, "Greenpeace", "ORG"},
    {"a name after the last y and a comma is an apposition, not a member",
     "El ministro de Transporte, Vivienda y Obras, Tomás Rey, inauguró el tramo.",
     {{"Transporte", "MISC"}, {"Vivienda", "MISC"}, {"Obras", "MISC"}, {"Tomás Rey", "PER"}}, "Tomás Rey", "PER"},
    {"a hall run into the theatre it belongs to: two places",
     "El recital será en la sala Ana Belén del Teatro Principal de Zamora el viernes.",
     {{"Ana Belén del Teatro Principal de Zamora", "ORG"}}, "Teatro Principal de Zamora", "LOC"},
    {"the part takes the kind of its whole", "El recital será en la sala Ana Belén del Teatro Principal de Zamora.",
     {{"Ana Belén del Teatro Principal de Zamora", "ORG"}}, "Ana Belén", "LOC"},
    {"an office run into its institution", "Aspira a la Presidencia del Consejo Comarcal del Bierzo por segunda vez.",
     {{"Presidencia del Consejo Comarcal del Bierzo", "ORG"}}, "Consejo Comarcal del Bierzo", "ORG"},
    {"a person run into a party stays a person", "El diputado Juan Ríos del Partido Verde votó en contra.",
     {{"Juan Ríos del Partido Verde", "PER"}}, "Juan Ríos", "PER"},
    {"the party split from the person", "El diputado Juan Ríos del Partido Verde votó en contra.",
     {{"Juan Ríos del Partido Verde", "PER"}}, "Partido Verde", "ORG"},
    {"a stadium named after a person, read as two names",
     "El clásico se jugará en el Estadio Municipal Pedro Ruiz el domingo por la tarde.",
     {{"Estadio Municipal", "LOC"}, {"Pedro Ruiz", "PER"}}, "Estadio Municipal Pedro Ruiz", "LOC"},
    {"a building with a proper name of its own is not named after the person after it",
     "Tras visitar el Museo del Ferrocarril Lucía Ferrer habló con los vecinos.",
     {{"Museo del Ferrocarril", "LOC"}, {"Lucía Ferrer", "PER"}}, "Lucía Ferrer", "PER"},
    {"a stadium's own name and a player after it", "En el Estadio Tamarindo Pablo Sáenz marcó dos goles.",
     {{"Estadio Tamarindo", "LOC"}, {"Pablo Sáenz", "PER"}}, "Pablo Sáenz", "PER"},
    {"a person before a verb is no building's name",
     "En el Estadio Municipal Pedro Ruiz anunció su retirada ante los socios.",
     {{"Estadio Municipal", "LOC"}, {"Pedro Ruiz", "PER"}}, "Pedro Ruiz", "PER"},
    {"a speaker run into the building's name by the tagger",
     "Tras visitar el Museo del Ferrocarril Lucía Ferrer dijo que volverá.",
     {{"Museo del Ferrocarril Lucía Ferrer", "LOC"}}, "Lucía Ferrer", "PER"},
    {"the building split from its speaker", "Tras visitar el Museo del Ferrocarril Lucía Ferrer dijo que volverá.",
     {{"Museo del Ferrocarril Lucía Ferrer", "LOC"}}, "Museo del Ferrocarril", "LOC"},
    {"a building named after a person, before a verb that is not speech, stays whole",
     "El Estadio Municipal Pedro Ruiz acogió la final.", {{"Estadio Municipal Pedro Ruiz", "LOC"}},
     "Estadio Municipal Pedro Ruiz", "LOC"},
    {"a title before the institution: the person holds it, not its name",
     "Lo dijo el director del Museo de Historia Natural Pedro Ruiz en la inauguración.",
     {{"Museo de Historia Natural", "ORG"}, {"Pedro Ruiz", "PER"}}, "Pedro Ruiz", "PER"},
    {"an office before a person is no building named after them",
     "Votó por la Comisión de Hacienda Marta López en la sesión del martes.",
     {{"Comisión de Hacienda", "ORG"}, {"Marta López", "PER"}}, "Marta López", "PER"},
    {"a government of a country whose name starts with a head word stays whole",
     "Tropas leales al Gobierno de Sierra Leona frenaron el avance rebelde.", {{"Gobierno de Sierra Leona", "ORG"}},
     "Gobierno de Sierra Leona", "ORG"},
    {"an institution ending in a head word alone stays whole",
     "Agentes del Cuerpo Nacional de Policía detuvieron al sospechoso.", {{"Cuerpo Nacional de Policía", "ORG"}},
     "Cuerpo Nacional de Policía", "ORG"},
    {"an office someone runs for is part of the phrase",
     "La empresaria confirmó su aspiración a la Presidencia de la Cámara de Comercio de Cuenca.",
     {{"Presidencia de la Cámara de Comercio de Cuenca", "ORG"}}, "Cámara de Comercio de Cuenca", "ORG"},
    {"a comma keeps a person apart from the place before",
     "En el Museo Nacional, Pedro Ruiz presentó su libro.", {{"Museo Nacional", "ORG"}, {"Pedro Ruiz", "PER"}},
     "Pedro Ruiz", "PER"},
    {"a lowercase place noun before a name", "Los pescadores llegaron a la isla Tortuguita al amanecer.",
     {{"Tortuguita", "ORG"}}, "Tortuguita", "LOC"},
    {"a lowercase company noun before a name", "Según la consultora, la empresa Vantix despidió a cien empleados.",
     {{"Vantix", "LOC"}}, "Vantix", "ORG"},
    {"a full name after a lowercase company noun stays a person",
     "Según fuentes del banco Marta Gil habló con los accionistas.", {{"Marta Gil", "PER"}}, "Marta Gil", "PER"},
    {"workers of a town: the town stays a place", "Los trabajadores de Villanueva protestaron ante la fábrica.",
     {{"Villanueva", "LOC"}}, "Villanueva", "LOC"},
    {"researchers of a city: the city stays a place", "Los investigadores de Temuco publicaron el hallazgo.",
     {{"Temuco", "LOC"}}, "Temuco", "LOC"},
    {"a spokeswoman of a city: the city stays a place", "La portavoz de Logroño lo confirmó a la prensa.",
     {{"Logroño", "LOC"}}, "Logroño", "LOC"},
    {"a spokesman's employer the tagger could not place", "Lo dijo el vocero de Tiendas Rivera en la conferencia.",
     {{"Tiendas Rivera", "MISC"}}, "Tiendas Rivera", "ORG"},
    {"a region in parentheses after a town", "Un incendio arrasó una nave en Alzira (Valencia) durante la madrugada.",
     {{"Alzira", "LOC"}, {"Valencia", "ORG"}}, "Valencia", "LOC"},
    {"a region in parentheses after a town's institution",
     "La Guardia Urbana de Badalona (Barcelona) detuvo a dos jóvenes.",
     {{"Guardia Urbana de Badalona", "ORG"}, {"Barcelona", "ORG"}}, "Barcelona", "LOC"},
    {"a region after a comma closing the clause", "Hallaron restos en El Pedregal, Tecámac.",
     {{"El Pedregal", "LOC"}, {"Tecámac", "MISC"}}, "Tecámac", "LOC"},
    {"a company after a place and a comma stays", "En Monterrey, Cemex, la cementera, anunció despidos.",
     {{"Monterrey", "LOC"}, {"Cemex", "ORG"}}, "Cemex", "ORG"},
    {"an employer after a worker noun", "Lo explicó Ana Ruiz, analista de Finamex, en un informe.",
     {{"Ana Ruiz", "PER"}, {"Finamex", "LOC"}}, "Finamex", "ORG"},
    {"a mayor's town is no employer", "El alcalde de Soacha, Juan Pérez, cerró los colegios.",
     {{"Soacha", "LOC"}, {"Juan Pérez", "PER"}}, "Soacha", "LOC"},
    {"a title before a name read as a place", "Lo anunció el ministro Santos Llorente en la rueda de prensa.",
     {{"Santos Llorente", "LOC"}}, "Santos Llorente", "PER"},
    {"a title and a demonym before the name", "La visita del presidente chileno Lagos Ríos duró dos días.",
     {{"Lagos Ríos", "LOC"}}, "Lagos Ríos", "PER"},
    {"a title after the name and a comma", "Según Paz Molina, directora del hospital, no hubo heridos graves.",
     {{"Paz Molina", "MISC"}}, "Paz Molina", "PER"},
    {"a name in capitals after a title keeps its type", "Lo dijo el portavoz OTAN Mark Rutte en Bruselas.",
     {{"OTAN", "MISC"}, {"Mark Rutte", "PER"}}, "OTAN", "MISC"},
    {"a competition's group and its letter", "Colombia quedó en el Grupo C con Brasil y Paraguay.",
     {{"Grupo C", "ORG"}}, "Grupo C", "MISC"},
    {"a company group keeps its type", "El Grupo Prisa vendió su parte de la radio.", {{"Grupo Prisa", "ORG"}},
     "Grupo Prisa", "ORG"},
    {"a title that is also a body's head word", "Lo detalló la coordinadora Rosa Ibarra a los voluntarios.",
     {{"Rosa Ibarra", "LOC"}}, "Rosa Ibarra", "PER"},
    {"a person after a worker noun stays a person", "Lo confirmó el portavoz de Marta Gil en un comunicado.",
     {{"Marta Gil", "PER"}}, "Marta Gil", "PER"},
    {"a city after a comma and a title word stays a city", "Lo celebró Tijuana, líder en exportaciones del país.",
     {{"Tijuana", "LOC"}}, "Tijuana", "LOC"},
    {"dotted initials name a person", "El acusado, identificado como R.M.T., declaró ante el juez.",
     {{"R.M.T.", "ORG"}}, "R.M.T.", "PER"},
    {"two dotted letters are no person's initials", "La misión de la O.N. llegó ayer a la frontera.",
     {{"O.N.", "ORG"}}, "O.N.", "ORG"},
    {"an adjective before the head word", "Miles de hinchas llenaron el Gran Estadio Olímpico para la final.",
     {{"Gran Estadio Olímpico", "ORG"}}, "Gran Estadio Olímpico", "LOC"},
    {"a head word cut from its name", "El vuelo aterrizó en el Aeropuerto de Rosario con retraso.",
     {{"Aeropuerto", "ORG"}, {"Rosario", "LOC"}}, "Aeropuerto de Rosario", "LOC"},
    {"a department's name continued after y",
     "La Secretaría de Cultura y Turismo Provincial abrió la convocatoria.",
     {{"Secretaría de Cultura", "ORG"}, {"Turismo Provincial", "MISC"}}, "Secretaría de Cultura y Turismo Provincial",
     "ORG"},
    {"an institution and the country it belongs to",
     "El Instituto Nacional de Vivienda del Uruguay sorteó cien casas.",
     {{"Instituto Nacional de Vivienda", "ORG"}, {"Uruguay", "LOC"}}, "Instituto Nacional de Vivienda del Uruguay", "ORG"},
    {"an institution's head alone", "La Cancillería convocó al embajador.", {{"Cancillería", "MISC"}}, "Cancillería",
     "ORG"},
    {"a lowercase head before a capitalised name stays", "Hubo un choque en la calle Mariano Moreno esta mañana.",
     {{"calle Mariano Moreno", "PER"}}, "calle Mariano Moreno", "LOC"},
    {"a lowercase head and its adjective before the name go",
     "Vecinos de la avenida central de Los Robles denuncian cortes de luz.",
     {{"avenida central de Los Robles", "LOC"}}, "Los Robles", "LOC"},
    {"a hyphenated particle stays in the name", "El presidente sirio Bashar al-Asad recibió al enviado.",
     {{"Bashar al-Asad", "PER"}}, "Bashar al-Asad", "PER"},
    {"what a title is of is the entity", "El DT del Junior, Arturo Reyes, habló tras el partido.",
     {{"DT del Junior", "ORG"}, {"Arturo Reyes", "PER"}}, "Junior", "ORG"},
    {"a title's body the tagger read as a person is a body", "El Director de PEMEX viajó ayer a Tabasco.",
     {{"Director de PEMEX", "PER"}, {"Tabasco", "LOC"}}, "PEMEX", "ORG"},
    {"an article opening a line before a lowercase word is no part of the name",
     "El alcalde Daniel Quintero respondió a las críticas.", {{"El alcalde Daniel Quintero", "PER"}}, "Daniel Quintero",
     "PER"},
    {"a common noun's acronym heading a name is left out", "La denuncia la presentó la ONG Vecinos Unidos ante el juez.",
     {{"ONG Vecinos Unidos", "ORG"}}, "Vecinos Unidos", "ORG"},
    {"initials after a title are a person", "El presidente AMLO inauguró la refinería el lunes.",
     {{"AMLO", "ORG"}}, "AMLO", "PER"},
    {"a body after a title and de stays a body", "La presidenta del PRI habló ayer con la prensa.",
     {{"PRI", "ORG"}}, "PRI", "ORG"},
    {"two letters after a title are not initials", "Lo anunció el embajador UE en la reunión.",
     {{"UE", "ORG"}}, "UE", "ORG"},
    {"a lowercase word opening a mention is left out", "El concierto será en la sala Elena Garro del centro cultural.",
     {{"sala Elena Garro", "LOC"}}, "Elena Garro", "LOC"},
};

TEST(EntitiesTest, TypesFromContext) {
  for (const ContextTypeCase& c : kContextTypeCases) {
    Document doc = AnalyzeWithNames(c.text, c.labels);
    const Entity* e = FindEntity(doc, c.name);
    EXPECT_NE(e, nullptr) << c.what;
    if (e != nullptr) {
      EXPECT_EQ(e->type, c.type) << c.what;
    }
  }
}

// A quote mark inside a tagger's mention: a nickname stays, an opening
// mark the name does not close ends it.
struct QuoteMarkCase {
  const char* what;
  const char* text;
  std::vector<std::pair<std::string, std::string>> labels;
  const char* name;  // the entity expected
};

const QuoteMarkCase kQuoteMarkCases[] = {
    {"a nickname closed inside stays", "Lo confirmó Marcos “Chino” Díaz tras el partido.",
     {{"Marcos “ Chino ” Díaz", "PER"}}, "Marcos “Chino” Díaz"},
    {"a nickname closed right after the name stays", "Torearon Antonio Chenel \"Antoñete\" y Curro Romero.",
     {{"Antonio Chenel \" Antoñete", "PER"}, {"Curro Romero", "PER"}}, "Antonio Chenel \"Antoñete"},
    {"an opening mark not closed in the name ends it", "Pintaron Brueghel \"El joven\" y Durero.",
     {{"Brueghel \" El", "PER"}, {"Durero", "PER"}}, "Brueghel"},
    {"what is left before the mark loses its loose words", "El Consejo de la \"Bolsa Alemana\" votó.",
     {{"Consejo de la \" Bolsa Alemana", "ORG"}}, "Consejo"},
    {"the quoted words after a lowercase word are a name of their own", "El Consejo de la \"Bolsa Alemana\" votó.",
     {{"Consejo de la \" Bolsa Alemana", "ORG"}}, "Bolsa Alemana"},
    {"a parenthesis the name opens and does not close splits it",
     "Me llamó Alberto (Rodríguez, el técnico) y salí a jugar. Después habló Alberto Rodríguez.",
     {{"Alberto ( Rodríguez", "PER"}, {"Alberto Rodríguez", "PER"}}, "Alberto Rodríguez"},
};

TEST(EntitiesTest, QuoteMarksInsideMentions) {
  for (const QuoteMarkCase& c : kQuoteMarkCases) {
    Document doc = AnalyzeWithNames(c.text, c.labels);
    EXPECT_NE(FindEntity(doc, c.name), nullptr) << c.what;
    for (const Entity& e : doc.entities) EXPECT_EQ(e.name.find(" ("), std::string::npos) << c.what << ": " << e.name;
  }
}

TEST(EntitiesTest, OneNameWhateverItsCase) {
  Document doc = AnalyzeWithNames("EL BANCO NACIONAL SUBE LA TASA\nEl Banco Nacional subió la tasa de interés ayer.",
                                  {{"BANCO NACIONAL", "LOC"}, {"Banco Nacional", "ORG"}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
  // Named as the story writes it, not as the headline shouts it.
  EXPECT_EQ(doc.entities[0].name, "Banco Nacional");
}

TEST(EntitiesTest, NamedInTheStorysCaseEvenWhenShorter) {
  Document doc = AnalyzeWithNames("PUERTO LIMÓN.- El alcalde habló.\nLimón recibió ayer a los turistas del crucero.",
                                  {{"LIMÓN", "LOC"}, {"Limón", "LOC"}});
  EXPECT_NE(FindEntity(doc, "Limón"), nullptr);
  EXPECT_EQ(FindEntity(doc, "LIMÓN"), nullptr);
  // Capitals alone still name it.
  Document acronym = AnalyzeWithNames("El PRI votó en contra. El PRI anunció recursos.", {{"PRI", "ORG"}});
  EXPECT_NE(FindEntity(acronym, "PRI"), nullptr);
}

TEST(EntitiesTest, ShortFormsJoinTheFullName) {
  Document doc = AnalyzeWithNames(
      "El líder norcoreano Kim Jong Un recibió a Serguei Lavrov. Más tarde, Kim y Lavrov cenaron.",
      {{"Kim Jong Un", "PER"}, {"Serguei Lavrov", "PER"}, {"Kim", "PER"}, {"Lavrov", "PER"}});
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].name, "Kim Jong Un");
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
  EXPECT_EQ(doc.entities[1].name, "Serguei Lavrov");
  EXPECT_EQ(doc.entities[1].id, "e2");
}

// A surname the tagger missed joins the one person whose name ends with it;
// not inside a longer capitalised name, not when two people share it.
TEST(EntitiesTest, UntaggedSurnameJoinsItsPerson) {
  Document doc = AnalyzeWithNames(
      "La jueza Ana Ruiz abrió la sesión. Ruiz pidió silencio. Luego habló en la avenida Ruiz Díaz.",
      {{"Ana Ruiz", "PER"}});
  ASSERT_NE(FindEntity(doc, "Ana Ruiz"), nullptr);
  EXPECT_EQ(FindEntity(doc, "Ana Ruiz")->mentions.size(), 2u);
  Document two = AnalyzeWithNames("Alberto Fernández y Cristina Fernández votaron. Fernández salió.",
                                  {{"Alberto Fernández", "PER"}, {"Cristina Fernández", "PER"}});
  ASSERT_NE(FindEntity(two, "Alberto Fernández"), nullptr);
  EXPECT_EQ(FindEntity(two, "Alberto Fernández")->mentions.size(), 1u);
  EXPECT_EQ(FindEntity(two, "Cristina Fernández")->mentions.size(), 1u);
}

// A title or an honorific the tagger put inside a person's name is not part
// of it; a compound adjective ("French-born") is no name at all.
TEST(EntitiesTest, TitlesHonorificsAndCompoundAdjectivesLeaveTheName) {
  Document doc = AnalyzeWithNames(
      "Councilor Joe Baldacci spoke. Premier Daniel Andrews agreed, and Mr Andrews left. The French-born painter won.",
      {{"Councilor Joe Baldacci", "PER"}, {"Premier Daniel Andrews", "PER"}, {"Mr Andrews", "PER"},
       {"French-born", "MISC"}},
      "2023-10-18", "en");
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].name, "Joe Baldacci");
  EXPECT_EQ(doc.entities[0].role, "Councilor");
  EXPECT_EQ(doc.entities[1].name, "Daniel Andrews");
  EXPECT_EQ(doc.entities[1].role, "Premier");
  EXPECT_EQ(doc.entities[1].mentions.size(), 2u);
  Document es = AnalyzeWithNames("La Sra. Gómez llegó con Doña Blanca.", {{"Sra. Gómez", "PER"}, {"Doña Blanca", "PER"}});
  ASSERT_EQ(es.entities.size(), 2u);
  EXPECT_EQ(es.entities[0].name, "Gómez");
  EXPECT_EQ(es.entities[0].role, "");
  EXPECT_EQ(es.entities[1].name, "Blanca");
}

// A department the tagger joined to the name after a title ("Minister for
// Health Laura Byrne") belongs to the role when the article names the person
// by the surname alone; without that evidence the mention is left as tagged.
TEST(EntitiesTest, DepartmentBetweenTitleAndNameLeavesTheName) {
  Document doc = AnalyzeWithNames("The Minister for Health Laura Byrne said the plan works. Byrne added more.",
                                  {{"Health Laura Byrne", "ORG"}, {"Byrne", "PER"}}, "2023-10-18", "en");
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Laura Byrne");
  EXPECT_EQ(doc.entities[0].type, "PER");
  EXPECT_EQ(doc.entities[0].role, "Minister for Health");
  // The department may be several words, the name too.
  Document two = AnalyzeWithNames("The Minister for Foreign Affairs Mary Ann Byrne spoke. Byrne added more.",
                                  {{"Foreign Affairs Mary Ann Byrne", "ORG"}, {"Byrne", "PER"}}, "2023-10-18", "en");
  ASSERT_FALSE(two.entities.empty());
  EXPECT_EQ(two.entities[0].name, "Mary Ann Byrne");
  EXPECT_EQ(two.entities[0].type, "PER");
  Document alone = AnalyzeWithNames("The Minister for Health Laura Byrne said the plan works.",
                                    {{"Health Laura Byrne", "ORG"}}, "2023-10-18", "en");
  ASSERT_EQ(alone.entities.size(), 1u);
  EXPECT_EQ(alone.entities[0].name, "Health Laura Byrne");
}

// A capitalised function word inside a long mention is a headline run,
// not a name; a capitalised article is part of many names.
TEST(EntitiesTest, HeadlineRunOutsideATitleCaseLine) {
  Document doc = AnalyzeWithNames("Update at 7:15 p.m. ET. Handful Of People Exposed\nThe agency said more.",
                                  {{"Handful Of People Exposed", "ORG"}}, "2023-10-18", "en");
  EXPECT_EQ(FindEntity(doc, "Handful Of People Exposed"), nullptr);
  Document es = AnalyzeWithNames("El partido se jugó en el Estadio Municipal La Bóvila ayer.",
                                 {{"Estadio Municipal La Bóvila", "LOC"}});
  EXPECT_NE(FindEntity(es, "Estadio Municipal La Bóvila"), nullptr);
}

TEST(EntitiesTest, AcronymInParenthesesAndLater) {
  Document doc = AnalyzeWithNames(
      "El Fondo Monetario Internacional (FMI) aprobó el desembolso. El FMI pidió más ajuste.",
      {{"Fondo Monetario Internacional", "ORG"}, {"FMI", "ORG"}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Fondo Monetario Internacional");
  EXPECT_EQ(doc.entities[0].mentions.size(), 3u);
}

TEST(EntitiesTest, ShortFormWrittenAsAWordInParentheses) {
  Document doc = AnalyzeWithNames(
      "La Comisión Nacional del Agua (Conagua) emitió una alerta. Conagua pidió evitar los cauces.",
      {{"Comisión Nacional del Agua", "ORG"}, {"Conagua", "LOC"}, {"Conagua", "LOC"}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].type, "ORG");
  EXPECT_EQ(doc.entities[0].mentions.size(), 3u);
  // A person's place in parentheses is no short form of the person.
  Document person = AnalyzeWithNames("Lo denunció Juan Pérez (Jalapa) ante el juez.",
                                     {{"Juan Pérez", "PER"}, {"Jalapa", "LOC"}});
  EXPECT_EQ(person.entities.size(), 2u);
}

TEST(EntitiesTest, AcronymByInitialsWithoutParentheses) {
  Document doc = AnalyzeWithNames("La Organización Mundial de la Salud advirtió. Según la OMS, los casos suben.",
                                  {{"Organización Mundial de la Salud", "ORG"}, {"OMS", "ORG"}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
}

TEST(EntitiesTest, DifferentPeopleStayApart) {
  Document doc = AnalyzeWithNames("Alberto Fernández habló con Cristina Fernández. Luego Alberto Fernández viajó.",
                                  {{"Alberto Fernández", "PER"}, {"Cristina Fernández", "PER"}});
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
}

// Agencies, outlets and parties found where the tagger saw no name.
struct UntaggedOrgCase {
  const char* what;
  const char* text;
  const char* name;  // the ORG entity expected, or "" for none
};

const UntaggedOrgCase kUntaggedOrgCases[] = {
    {"an outlet in capitals inside a sentence", "La reunión será el martes, según reveló EL TIEMPO en su edición.",
     "EL TIEMPO"},
    {"an outlet in camel case in quote marks", "La presentadora del canal “laSexta” fue citada por la fiscalía.",
     "laSexta"},
    {"an outlet written as usual", "El alcalde habló con Blu Radio sobre el paro de transportadores.", "Blu Radio"},
    {"part of a longer name", "Las procesiones de Semana Santa llenaron las calles del centro.", ""},
    {"part of a longer name after de", "La Semana de la Moda abrió con desfiles de diseñadores locales.", ""},
    {"a word opening a sentence", "Marca la diferencia el equipo que corre más en la segunda parte.", ""},
    {"a headline in capitals", "EL TIEMPO SE AGOTA PARA LOS DAMNIFICADOS\nLos vecinos esperan ayuda desde el lunes.",
     ""},
    {"lowercase words", "El tiempo empeoró y la prensa local suspendió la transmisión.", ""},
    {"a party of two words", "En la capital ganó Nuevas Ideas con holgura, según el escrutinio.", "Nuevas Ideas"},
    {"a one-word party inside a sentence", "La propuesta la respaldan el PSOE y Podemos en el pleno.", "Podemos"},
    {"a one-word party name opening a sentence is a verb", "Podemos esperar lluvias durante toda la semana.", ""},
    {"a one-word party name after a colon is a verb", "El juez lo resumió así: Podemos discutir los plazos.", ""},
};

TEST(EntitiesTest, ListedOrganisationsTheTaggerMissed) {
  for (const UntaggedOrgCase& c : kUntaggedOrgCases) {
    Document doc = AnalyzeWithNames(c.text, {});
    if (*c.name == 0) {
      for (const Entity& e : doc.entities) EXPECT_NE(e.type, "ORG") << c.what << ": " << e.name;
      continue;
    }
    const Entity* e = FindEntity(doc, c.name);
    ASSERT_NE(e, nullptr) << c.what;
    EXPECT_EQ(e->type, "ORG") << c.what;
  }
}

// Labels as a real tagger gives them, errors included: longer names first
// (AnalyzeWithNames labels the first name that fits at each token).
struct GroupCase {
  const char* what;
  const char* text;
  std::vector<std::pair<std::string, std::string>> labels;
  const char* name;                   // an entity expected in the output
  const char* type;                   // its type
  std::vector<std::string> mentions;  // its mentions, in order
};

const GroupCase kGroupCases[] = {
    {"surname typed LOC after the full name",
     "La ministra de Exteriores alemana, Annalena Baerbock, llegó a Kiev el lunes. Baerbock prometió más ayuda "
     "militar y pidió paciencia.",
     {{"Annalena Baerbock", "PER"}, {"Baerbock", "LOC"}, {"Kiev", "LOC"}},
     "Annalena Baerbock", "PER", {"Annalena Baerbock", "Baerbock"}},
    {"surname typed ORG before the full name",
     "Zelenski pidió más defensas aéreas. El presidente ucraniano, Volodímir Zelenski, habló ante el Congreso "
     "en Washington.",
     {{"Volodímir Zelenski", "PER"}, {"Zelenski", "ORG"}},
     "Volodímir Zelenski", "PER", {"Zelenski", "Volodímir Zelenski"}},
    {"family name first, typed ORG",
     "El canciller chino, Wang Yi, visitó Moscú el martes. Wang insistió en que Pekín busca el diálogo.",
     {{"Wang Yi", "PER"}, {"Wang", "ORG"}},
     "Wang Yi", "PER", {"Wang Yi", "Wang"}},
    {"the full name typed PER decides the type over more short forms",
     "Kim Jong Un supervisó el lanzamiento. Kim dijo que habrá más pruebas. Kim no dio fechas.",
     {{"Kim Jong Un", "PER"}, {"Kim", "MISC"}},
     "Kim Jong Un", "PER", {"Kim Jong Un", "Kim", "Kim"}},
    {"Putin is not Putina (1)",
     "Vladimir Putin y Lyudmila Putina se divorciaron en 2014. Putina vive lejos de Moscú y Putin no habla de "
     "ella.",
     {{"Vladimir Putin", "PER"}, {"Lyudmila Putina", "PER"}, {"Putina", "MISC"}, {"Putin", "ORG"}},
     "Vladimir Putin", "PER", {"Vladimir Putin", "Putin"}},
    {"Putin is not Putina (2)",
     "Vladimir Putin y Lyudmila Putina se divorciaron en 2014. Putina vive lejos de Moscú y Putin no habla de "
     "ella.",
     {{"Vladimir Putin", "PER"}, {"Lyudmila Putina", "PER"}, {"Putina", "MISC"}, {"Putin", "ORG"}},
     "Lyudmila Putina", "PER", {"Lyudmila Putina", "Putina"}},
    {"two people share the surname: the mistyped short form joins neither",
     "Alberto Fernández recibió a Cristina Fernández en Olivos. Fernández dijo luego que no hubo acuerdo.",
     {{"Alberto Fernández", "PER"}, {"Cristina Fernández", "PER"}, {"Fernández", "ORG"}},
     "Alberto Fernández", "PER", {"Alberto Fernández"}},
    {"a place name typed PER is no person's short form",
     "Kim Yo Jong, hermana del líder de Corea del Norte, criticó a Seúl. En el Norte nadie respondió.",
     {{"Kim Yo Jong", "PER"}, {"Corea del Norte", "PER"}, {"Norte", "LOC"}, {"Seúl", "PER"}},
     "Corea del Norte", "LOC", {"Corea del Norte"}},
    {"a listed place stays apart from a person with that surname",
     "El actor Denzel Washington viajó a Washington para la gala.",
     {{"Denzel Washington", "PER"}, {"Washington", "ORG"}},
     "Washington", "LOC", {"Washington"}},
    {"a listed name typed PER is the person's short form",
     "El actor Denzel Washington recibió el premio. Washington agradeció a la academia.",
     {{"Denzel Washington", "PER"}, {"Washington", "PER"}},
     "Denzel Washington", "PER", {"Denzel Washington", "Washington"}},
    {"an acronym typed PER joins its organization",
     "La Organización Mundial de la Salud declaró la emergencia. Según la OMS, los casos se duplicaron.",
     {{"Organización Mundial de la Salud", "ORG"}, {"OMS", "PER"}},
     "Organización Mundial de la Salud", "ORG", {"Organización Mundial de la Salud", "OMS"}},
    {"a team by its last word joins its full name",
     "El Deportivo Saprissa ganó 2-0 en casa. Saprissa suma tres victorias seguidas.",
     {{"Deportivo Saprissa", "ORG"}, {"Saprissa", "ORG"}},
     "Deportivo Saprissa", "ORG", {"Deportivo Saprissa", "Saprissa"}},
    {"a full name read as a place is an organisation when its last word is one",
     "Saprissa suma tres victorias seguidas. El Deportivo Saprissa ganó 2-0 en casa.",
     {{"Deportivo Saprissa", "LOC"}, {"Saprissa", "ORG"}},
     "Deportivo Saprissa", "ORG", {"Saprissa", "Deportivo Saprissa"}},
    {"a body inside a longer name stays itself",
     "El Pleno del Congreso votó el martes. El Congreso aprobó la ley por mayoría.",
     {{"Pleno del Congreso", "ORG"}, {"Congreso", "ORG"}},
     "Congreso", "ORG", {"Congreso"}},
    {"an acronym stays apart from a name ending in it",
     "El programa Aula UNAM abrió cursos. La UNAM lo anunció el lunes.",
     {{"Aula UNAM", "MISC"}, {"UNAM", "ORG"}},
     "UNAM", "ORG", {"UNAM"}},
};

// A dotted acronym and the body after it are one organisation; a place
// before a body stays a place, as CoNLL types "U.S. Senate".
TEST(EntitiesTest, DottedAcronymAndItsBodyAreOneName) {
  Document doc = AnalyzeWithNames("The U.N. Security Council met on Monday. Later the U.S. Senate voted.",
                                  {{"U.N.", "ORG"}, {"Security Council", "ORG"}, {"U.S.", "LOC"}, {"Senate", "ORG"}},
                                  "2023-10-18", "en");
  const Entity* council = FindEntity(doc, "U.N. Security Council");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->type, "ORG");
  EXPECT_EQ(FindEntity(doc, "Security Council"), nullptr);
  const Entity* us = FindEntity(doc, "U.S.");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->type, "LOC");
  EXPECT_NE(FindEntity(doc, "Senate"), nullptr);
}

// A company's legal form closes its name: what "of" adds is its seat.
TEST(EntitiesTest, LegalFormClosesACompanyName) {
  Document doc = AnalyzeWithNames("The trucks are made by Acme Corp. of Toledo, a supplier of the army.",
                                  {{"Acme Corp. of Toledo", "ORG"}}, "2023-10-18", "en");
  EXPECT_NE(FindEntity(doc, "Acme Corp."), nullptr);
  EXPECT_EQ(FindEntity(doc, "Acme Corp. of Toledo"), nullptr);
}

TEST(EntitiesTest, GroupingAcrossTaggerTypes) {
  for (const GroupCase& c : kGroupCases) {
    Document doc = AnalyzeWithNames(c.text, c.labels);
    const Entity* e = FindEntity(doc, c.name);
    ASSERT_NE(e, nullptr) << c.what;
    EXPECT_EQ(e->type, c.type) << c.what;
    std::vector<std::string> got;
    for (const Mention& m : e->mentions) got.push_back(m.text);
    EXPECT_EQ(got, c.mentions) << c.what;
  }
}

// Countries and capitals are LOC, agencies and outlets ORG, whatever the
// tagger said (CoNLL annotation).
struct TypeCase {
  const char* text;
  const char* name;
  const char* tagger_type;
  const char* type;
};

const TypeCase kTypeCases[] = {
    {"Rusia afirmó que no hay pruebas de los envíos.", "Rusia", "ORG", "LOC"},
    {"Y el viernes, Estados Unidos impuso nuevas sanciones.", "Estados Unidos", "ORG", "LOC"},
    {"Lo confirmaron EE.UU. y sus aliados europeos.", "EE.UU.", "ORG", "LOC"},
    {"Alemania anunció el envío de tanques.", "Alemania", "PER", "LOC"},
    {"Pyongyang negó haber vendido municiones.", "Pyongyang", "ORG", "LOC"},
    {"Moscú y Kyiv intercambiaron prisioneros.", "Kyiv", "MISC", "LOC"},
    {"Washington respondió con nuevas sanciones.", "Washington", "PER", "LOC"},
    {"Así lo informó la agencia Tass.", "Tass", "PER", "ORG"},
    {"Según Reuters, la reunión duró tres horas.", "Reuters", "PER", "ORG"},
    {"En una entrevista con El Destape, el ministro negó la versión.", "El Destape", "LOC", "ORG"},
    {"La nota fue publicada por La Nación el domingo.", "La Nación", "LOC", "ORG"},
    {"Lo reveló The New York Times en su edición del lunes.", "The New York Times", "MISC", "ORG"},
    {"El diario Página/12 publicó la carta completa.", "Página/12", "LOC", "ORG"},
    {"El alcalde lo dijo en una entrevista con La W esta mañana.", "La W", "LOC", "ORG"},
    {"La denuncia la publicó ayer Listín Diario en su portada.", "Listín Diario", "PER", "ORG"},
    {"Según Univision, los votantes latinos decidirán la elección.", "Univision", "LOC", "ORG"},
    // Names not on any list keep the tagger's type.
    {"La Casa Blanca no hizo comentarios.", "Casa Blanca", "ORG", "ORG"},
    {"Los hinchas de Boca llenaron la Bombonera.", "Boca", "ORG", "ORG"},
};

TEST(EntitiesTest, LexiconTypesOverTheTagger) {
  for (const TypeCase& c : kTypeCases) {
    // Página/12 is three tokens: label each the way the tagger would.
    std::string name = c.name;
    if (name == "Página/12") name = "Página / 12";
    Document doc = AnalyzeWithNames(c.text, {{name, c.tagger_type}});
    ASSERT_EQ(doc.entities.size(), 1u) << c.text;
    EXPECT_EQ(doc.entities[0].name, c.name) << c.text;
    EXPECT_EQ(doc.entities[0].type, c.type) << c.text;
  }
}

// English reads English lists: countries, capitals, regions are places
// whatever the tagger said, outlets organisations; tail words type names.
TEST(EntitiesTest, EnglishLexiconTypes) {
  const TypeCase cases[] = {
      {"The summit was hosted by Nova Scotia this year.", "Nova Scotia", "PER", "LOC"},
      {"Russia said it would not attend.", "Russia", "ORG", "LOC"},
      {"Moscow denied the report on Friday.", "Moscow", "ORG", "LOC"},
      {"The rules differ in NSW from other states.", "NSW", "ORG", "LOC"},
      {"The minister told The Guardian he would resign.", "The Guardian", "PER", "ORG"},
      {"He told The Irish Times it would.", "Irish Times", "ORG", "ORG"},
      // English puts a name's head last: the tail word types it, except a person's (a surname
      // may be a tail word).
      {"The match was played at the Lowfield Arena on Sunday.", "Lowfield Arena", "ORG", "LOC"},
      {"The truck was bought from Marden Tools Inc. last year.", "Marden Tools Inc.", "LOC", "ORG"},
      {"He asked under the Public Records Act for the files.", "Public Records Act", "ORG", "MISC"},
      {"The award went to Jin Park on Friday.", "Jin Park", "PER", "PER"},
  };
  for (const TypeCase& c : cases) {
    Document doc = AnalyzeWithNames(c.text, {{c.name, c.tagger_type}}, "2023-10-18", "en");
    ASSERT_EQ(doc.entities.size(), 1u) << c.text;
    EXPECT_EQ(doc.entities[0].type, c.type) << c.text;
    // A listed name takes the article it opens with.
    if (std::string(c.name) == "Irish Times") EXPECT_EQ(doc.entities[0].name, "The Irish Times");
  }
}

TEST(EntitiesTest, AgencyTypedPerGetsItsOrgRole) {
  // Typed ORG before roles are read, so the descriptor attaches.
  Document doc = AnalyzeWithNames("Según la agencia rusa Ria Novosti, la visita durará dos días.",
                                  {{"Ria Novosti", "PER"}});
  const Entity* e = FindEntity(doc, "Ria Novosti");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "ORG");
  EXPECT_EQ(e->role, "agencia rusa");
}

TEST(EntitiesTest, QuoteSpeakerIsTheFullNameWhenTheSurnameWasMistyped) {
  Document doc = AnalyzeWithNames(
      "El canciller brasileño, Mauro Vieira, llegó a Buenos Aires. \"Somos socios estratégicos\", afirmó "
      "Vieira.",
      {{"Mauro Vieira", "PER"}, {"Vieira", "LOC"}, {"Buenos Aires", "LOC"}});
  ASSERT_EQ(doc.quotes.size(), 1u);
  const Entity* e = FindEntity(doc, "Mauro Vieira");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(doc.quotes[0].speaker, e->id);
}

}  // namespace
}  // namespace resalta
