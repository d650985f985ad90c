#include <gtest/gtest.h>

#include "article/article_passes.h"
#include "article/article_test_util.h"

namespace resalta {
namespace {

TEST(QuantitiesTest, ParseNumber) {
  double v = 0;
  ASSERT_TRUE(ParseNumber("1.000", "es", &v));
  EXPECT_EQ(v, 1000);
  ASSERT_TRUE(ParseNumber("2,5", "es", &v));
  EXPECT_EQ(v, 2.5);
  ASSERT_TRUE(ParseNumber("1.000.000,75", "es", &v));
  EXPECT_EQ(v, 1000000.75);
  ASSERT_TRUE(ParseNumber("1,000.5", "es", &v));
  EXPECT_EQ(v, 1000.5);
  ASSERT_TRUE(ParseNumber("2.5", "es", &v));
  EXPECT_EQ(v, 2.5);
  ASSERT_TRUE(ParseNumber("1,000", "en", &v));
  EXPECT_EQ(v, 1000);
  EXPECT_FALSE(ParseNumber("12a", "es", &v));
}

struct QCase {
  const char* sentence;
  const char* text;
  const char* type;
  double number;
  const char* unit;
  const char* currency;
  const char* qualifier;
};

const QCase kCases[] = {
    {"Suministró más de 1.000 contenedores a Rusia.", "más de 1.000 contenedores", "QUANTITY", 1000, "contenedores", "", "more than"},
    {"La anexión de cuatro regiones ocupadas.", "cuatro regiones", "QUANTITY", 4, "regiones", "", ""},
    {"Llegaron dos millones de turistas.", "dos millones de turistas", "QUANTITY", 2e6, "turistas", "", ""},
    {"Murieron un centenar de personas.", "un centenar de personas", "QUANTITY", 100, "personas", "", ""},
    {"Pagó US$ 200 por el pasaje.", "US$ 200", "MONEY", 200, "", "USD", ""},
    {"El Gobierno argentino giró $ 1.500 millones a las provincias.", "$ 1.500 millones", "MONEY", 1.5e9, "", "ARS", ""},
    {"La multa es de 200 euros.", "200 euros", "MONEY", 200, "", "EUR", ""},
    {"Cobran 20 mil pesos argentinos por mes.", "20 mil pesos argentinos", "MONEY", 20000, "", "ARS", ""},
    {"Invirtió 2,5 millones de dólares.", "2,5 millones de dólares", "MONEY", 2.5e6, "", "USD", ""},
    {"La inflación fue del 30% anual.", "30%", "PERCENT", 30, "percent", "", ""},
    {"Subió un 30 por ciento.", "30 por ciento", "PERCENT", 30, "percent", "", ""},
    {"Asistieron cerca de 300 personas.", "cerca de 300 personas", "QUANTITY", 300, "personas", "", "about"},
    {"Hay treinta y dos heridos.", "treinta y dos heridos", "QUANTITY", 32, "heridos", "", ""},
    // Currencies by sign, code and name; multipliers.
    {"Costó US$ 1,5 millones.", "US$ 1,5 millones", "MONEY", 1.5e6, "", "USD", ""},
    {"Pagó u$s 300 de multa.", "u$s 300", "MONEY", 300, "", "USD", ""},
    {"Cobró US $ 450 por noche.", "US $ 450", "MONEY", 450, "", "USD", ""},
    {"Vale 20€ la entrada.", "20€", "MONEY", 20, "", "EUR", ""},
    {"Cuesta £9 el kilo.", "£9", "MONEY", 9, "", "GBP", ""},
    {"Recaudó R$ 200 millones.", "R$ 200 millones", "MONEY", 2e8, "", "BRL", ""},
    {"El pasaje cuesta S/ 150.", "S/ 150", "MONEY", 150, "", "PEN", ""},
    {"La deuda es de 1,2 billones de bolívares.", "1,2 billones de bolívares", "MONEY", 1.2e12, "", "VES", ""},
    {"Invirtió 300 millones de reales.", "300 millones de reales", "MONEY", 3e8, "", "BRL", ""},
    {"Cobró EUR 29,99 por mes.", "EUR 29,99", "MONEY", 29.99, "", "EUR", ""},
    {"Ganó dos millones de euros.", "dos millones de euros", "MONEY", 2e6, "", "EUR", ""},
    // A bare "$" with no country in the text: the sign stays, the currency is unknown.
    {"El kilo vale $ 500.", "$ 500", "MONEY", 500, "$", "", ""},
    // Units of measure, percentages in words, ages.
    {"Recorrió 42 km en dos horas.", "42 km", "QUANTITY", 42, "km", "", ""},
    {"Incautaron 3 toneladas de cocaína.", "3 toneladas", "QUANTITY", 3, "t", "", ""},
    {"El incendio arrasó 500 hectáreas.", "500 hectáreas", "QUANTITY", 500, "ha", "", ""},
    {"La temperatura llegó a 40 grados.", "40 grados", "QUANTITY", 40, "°", "", ""},
    {"Marcó 10 bajo cero.", "10 bajo cero", "QUANTITY", -10, "°", "", ""},
    {"La máxima será de 25° en Madrid.", "25°", "QUANTITY", 25, "°", "", ""},
    {"Hizo 30 °C en Sevilla.", "30 °C", "QUANTITY", 30, "°C", "", ""},
    {"Vuela a 900 km/h.", "900 km/h", "QUANTITY", 900, "km/h", "", ""},
    {"Consume 30 kWh al mes.", "30 kWh", "QUANTITY", 30, "kWh", "", ""},
    {"El desempleo bajó un quince por ciento.", "quince por ciento", "PERCENT", 15, "percent", "", ""},
    {"Un hombre de 45 años de edad fue detenido.", "45 años de edad", "QUANTITY", 45, "años", "", ""},
    {"Una mujer de 30 años resultó herida.", "30 años", "QUANTITY", 30, "años", "", ""},
    {"Juan Pérez, de 52 años, declaró.", "52 años", "QUANTITY", 52, "años", "", ""},
    {"Se vendieron dos docenas de huevos.", "dos docenas de huevos", "QUANTITY", 24, "huevos", "", ""},
    {"Repartieron 4 docenas de panes.", "4 docenas de panes", "QUANTITY", 48, "panes", "", ""},
    // An adjective between the count and its noun.
    {"Abrieron tres nuevas sucursales.", "tres nuevas sucursales", "QUANTITY", 3, "sucursales", "", ""},
    {"Los dos principales sindicatos firmaron.", "dos principales sindicatos", "QUANTITY", 2, "sindicatos", "", ""},
    {"Asistió un millón y medio de personas.", "un millón y medio de personas", "QUANTITY", 1.5e6, "personas", "", ""},
    {"No hubo más de 3/4 taza.", "más de 3/4 taza", "QUANTITY", 0.75, "cup", "", "more than"},
    // Halves after the unit, cents after "con", units after "de" of a scale.
    {"El pez pesaba cuatro kilos y medio.", "cuatro kilos y medio", "QUANTITY", 4.5, "kg", "", ""},
    {"La entrada subió a tres euros y medio.", "tres euros y medio", "MONEY", 3.5, "", "EUR", ""},
    {"El billete cuesta 12 euros con 40 céntimos.", "12 euros con 40 céntimos", "MONEY", 12.4, "", "EUR", ""},
    {"El embalse perdió 4 millones de litros.", "4 millones de litros", "QUANTITY", 4e6, "l", "", ""},
    {"Exportó 3 mil 200 millones de dólares.", "3 mil 200 millones de dólares", "MONEY", 3.2e9, "", "USD", ""},
    // More units: area glyphs, speed in words, knots, data, energy, percentage points.
    {"Un local de 45 m² en el centro.", "45 m²", "QUANTITY", 45, "m2", "", ""},
    {"Circulaba a 140 km por hora.", "140 km por hora", "QUANTITY", 140, "km/h", "", ""},
    {"Vientos de 60 nudos azotan la costa.", "60 nudos", "QUANTITY", 60, "kn", "", ""},
    {"Se filtraron 3 TB de datos.", "3 TB", "QUANTITY", 3, "TB", "", ""},
    {"Una ración aporta 250 kilocalorías.", "250 kilocalorías", "QUANTITY", 250, "kcal", "", ""},
    {"El paro cayó 1,5 puntos porcentuales.", "1,5 puntos porcentuales", "QUANTITY", 1.5, "pp", "", ""},
    {"El termómetro marcó menos 12 grados.", "menos 12 grados", "QUANTITY", -12, "°", "", ""},
    // Reservoirs, rainfall, bandwidth, noise, gems, harvests; singular square metres; thirds.
    {"Los pantanos retienen 420 hectómetros cúbicos.", "420 hectómetros cúbicos", "QUANTITY", 420, "hm3", "", ""},
    {"Cayeron 62 litros por metro cuadrado en la capital.", "62 litros por metro cuadrado", "QUANTITY", 62, "l/m2", "", ""},
    {"La fibra ofrece 600 Mbps de bajada.", "600 Mbps", "QUANTITY", 600, "Mbps", "", ""},
    {"El concierto rozó los 110 decibelios.", "110 decibelios", "QUANTITY", 110, "dB", "", ""},
    {"Subastaron un rubí de 25 quilates.", "25 quilates", "QUANTITY", 25, "ct", "", ""},
    {"Caminaron 12 kms hasta el pueblo.", "12 kms", "QUANTITY", 12, "km", "", ""},  // plural abbreviations
    {"Cargó 40 lts de gasoil.", "40 lts", "QUANTITY", 40, "l", "", ""},
    {"La cooperativa exportó 8.000 quintales de cacao.", "8.000 quintales", "QUANTITY", 8000, "qq", "", ""},
    {"El alquiler sale a 14 euros por un metro cuadrado.", "un metro cuadrado", "QUANTITY", 1, "m2", "", ""},
    {"Dos terceras partes de los socios votaron.", "Dos terceras partes", "QUANTITY", 2.0 / 3, "partes", "", ""},
    {"Una quinta parte del presupuesto se perdió.", "Una quinta parte", "QUANTITY", 0.2, "parte", "", ""},
    {"La tercera parte de los cultivos se secó.", "tercera parte", "QUANTITY", 1.0 / 3, "parte", "", ""},
    {"Dos tercios de los senadores la respaldan.", "Dos tercios de los senadores", "QUANTITY", 2.0 / 3, "senadores", "", ""},
    {"Un cuarto de las escuelas no abrió.", "Un cuarto de las escuelas", "QUANTITY", 0.25, "escuelas", "", ""},
    // Currencies named with their country, the Mexican press's "mdd"/"mdp", cents of a currency.
    {"Recibió 40 dólares americanos.", "40 dólares americanos", "MONEY", 40, "", "USD", ""},
    {"El boleto cuesta 90 coronas suecas.", "90 coronas suecas", "MONEY", 90, "", "SEK", ""},
    {"Pemex invertirá 2,3 mdd en la refinería.", "2,3 mdd", "MONEY", 2.3e6, "", "USD", ""},
    {"El programa costará 15 mil mdp.", "15 mil mdp", "MONEY", 1.5e10, "", "MXN", ""},
    {"El litro subió 30 centavos de dólar.", "30 centavos de dólar", "MONEY", 0.3, "", "USD", ""},
    {"El pan subió 20 céntimos.", "20 céntimos", "QUANTITY", 20, "céntimos", "", ""},  // whose cents: not said
    {"Pago 15 dolares por hora.", "15 dolares", "MONEY", 15, "", "USD", ""},  // typed without the accent
    {"El ministro israelí anunció un bono de 500 séqueles.", "500 séqueles", "MONEY", 500, "", "ILS", ""},
    {"El salario mínimo polaco sube a 4.300 zlotys.", "4.300 zlotys", "MONEY", 4300, "", "PLN", ""},
    {"El billete cuesta 3 libras y 20 peniques.", "3 libras y 20 peniques", "MONEY", 3.2, "", "GBP", ""},
    {"Vale 2 euros con 10 centimos.", "2 euros con 10 centimos", "MONEY", 2.1, "", "EUR", ""},
    // A scale named with its reading.
    {"Un sismo de magnitud 6,8 sacudió la costa.", "magnitud 6,8", "QUANTITY", 6.8, "magnitud", "", ""},
    {"Fue un terremoto de 7,2 de magnitud.", "7,2 de magnitud", "QUANTITY", 7.2, "magnitud", "", ""},
    // Degrees of the Richter scale are a magnitude, not a temperature; the scale joins the span.
    {"Un temblor de 5,4 grados en la escala de Richter alarmó al valle.", "5,4 grados en la escala de Richter", "QUANTITY", 5.4, "magnitud", "", ""},
    {"Hubo una réplica de magnitud 4,1 en la escala de Richter.", "magnitud 4,1 en la escala de Richter", "QUANTITY", 4.1, "magnitud", "", ""},
    {"Se sintió un sismo de 4,9 en la escala de Richter.", "4,9 en la escala de Richter", "QUANTITY", 4.9, "magnitud", "", ""},
    // "por 100" is a percentage, "por mil" a rate per thousand (‰), neither a day.
    {"El paro bajó del 9 por 100 en marzo.", "9 por 100", "PERCENT", 9, "percent", "", ""},
    {"La natalidad cayó al 7 por mil en la región.", "7 por mil", "QUANTITY", 7, "‰", "", ""},
    // A code after the currency's name says which one; a sign glued after a decimal point.
    {"Recibió 30 millones de pesos MXN en subsidios.", "30 millones de pesos MXN", "MONEY", 3e7, "", "MXN", ""},
    {"Un refresco cuesta 1.80€ en la playa.", "1.80€", "MONEY", 1.8, "", "EUR", ""},
    // Flows, basis points.
    {"El río arrastra 900 metros cúbicos por segundo.", "900 metros cúbicos por segundo", "QUANTITY", 900, "m3/s", "", ""},
    {"El banco central subió la tasa 75 puntos básicos.", "75 puntos básicos", "QUANTITY", 75, "bp", "", ""},
    // "libras": a weight before "de" and a noun, else the pound sterling.
    {"Incautaron 300 libras de cocaína.", "300 libras", "QUANTITY", 300, "lb", "", ""},
    {"El abono cuesta 90 libras.", "90 libras", "MONEY", 90, "", "GBP", ""},
    {"Donó 3 millones de libras al hospital.", "3 millones de libras", "MONEY", 3e6, "", "GBP", ""},
    {"Emitió bonos por USD45 millones.", "USD45 millones", "MONEY", 4.5e7, "", "USD", ""},
    {"El pívot mide un metro noventa y cinco de altura.", "un metro noventa y cinco", "QUANTITY", 1.95, "m", "", ""},
    {"Saltó 2 metros 05 en Roma.", "2 metros 05", "QUANTITY", 2.05, "m", "", ""},
    // A qualifier with an article or "del" before the number.
    {"Lo apoya más del 60% de los socios.", "más del 60%", "PERCENT", 60, "percent", "", "more than"},
    {"Votó casi el 40 por ciento del padrón.", "casi el 40 por ciento", "PERCENT", 40, "percent", "", "almost"},
    {"La tasa llegará hasta un 12%.", "hasta un 12%", "PERCENT", 12, "percent", "", "up to"},
    // A part or "una" counts a plural noun right after it.
    {"Repartieron tres cuartas partes del presupuesto.", "tres cuartas partes", "QUANTITY", 0.75, "partes", "", ""},
    {"Aprobaron 1/2 raciones por niño.", "1/2 raciones", "QUANTITY", 0.5, "raciones", "", ""},
    // A half after a scale, or before a number word, is no half of the unit.
    {"Cobró 6 millones de dólares y medio.", "6 millones de dólares", "MONEY", 6e6, "", "USD", ""},
    {"Donó 8 millones de euros y media docena de coches.", "8 millones de euros", "MONEY", 8e6, "", "EUR", ""},
    {"Compró 2 kilos y media docena de huevos.", "2 kilos", "QUANTITY", 2, "kg", "", ""},
    // "libras" next to a sum of money stays pounds sterling.
    {"Le impusieron 4.000 libras de indemnización.", "4.000 libras", "MONEY", 4000, "", "GBP", ""},
    {"Ofrecen 700 libras de recompensa.", "700 libras", "MONEY", 700, "", "GBP", ""},
    {"El juez fijó una fianza de 600 libras de garantía.", "600 libras", "MONEY", 600, "", "GBP", ""},
};

TEST(QuantitiesTest, ReadingsThatCountSomethingElse) {
  // "con" + a count of a noun is no decimal; "pts" in sports is points, not
  // pesetas; "magnitud" before a multiplier or a counted noun is no reading.
  for (const char* s : {"Vacunaron a mayores de 80 con 3 dosis.", "Ganó 4 con 2 goles de Pérez.",
                        "El base terminó con 28 pts y 9 rebotes.", "Sumó 12 pt en la final.",
                        "Hubo una magnitud 30 veces mayor que la anterior.", "Marcó una magnitud 2 puntos superior."}) {
    Document doc = AnalyzeWithNames(s, {});
    for (const Span& span : doc.spans) {
      EXPECT_EQ(span.text.find(" con "), std::string::npos) << s << ": " << span.text;
      EXPECT_NE(span.type, "MONEY") << s << ": " << span.text;
      if (span.value) {
        EXPECT_NE(span.value->unit, "magnitud") << s << ": " << span.text;
      }
    }
  }
}

TEST(QuantitiesTest, RangesAreOneSpan) {
  struct Case {
    const char* sentence;
    const char* text;
    double from, to;
    const char* currency;
  } cases[] = {
      {"Costará entre 10 y 20 dólares.", "entre 10 y 20 dólares", 10, 20, "USD"},
      {"Las temperaturas irán de 5 a 8 grados.", "de 5 a 8 grados", 5, 8, ""},
      {"Pagó de 3 a 5 millones de dólares.", "de 3 a 5 millones de dólares", 3e6, 5e6, "USD"},
      {"La inflación subirá entre un 4 y un 6%.", "entre un 4 y un 6%", 4, 6, ""},
      {"El alza irá del 8 al 11 por ciento.", "del 8 al 11 por ciento", 8, 11, ""},
      // One token with a dash, before a unit, currency or scale.
      {"Cada saco pesa 20-25 kg.", "20-25 kg", 20, 25, ""},
      {"La entrada costará 40-60 euros.", "40-60 euros", 40, 60, "EUR"},
      {"Se invertirán 2-3 millones de dólares.", "2-3 millones de dólares", 2e6, 3e6, "USD"},
      // An either-or count is its range.
      {"Fueron tres o cuatro disparos.", "tres o cuatro disparos", 3, 4, ""},
      {"Marcharon entre mil y dos mil vecinos.", "entre mil y dos mil vecinos", 1000, 2000, ""},
      {"Costará 8 ó 9 euros.", "8 ó 9 euros", 8, 9, "EUR"},
      // The scale words closing the high end in words count the low one too.
      {"Acudieron entre dos y tres mil vecinos.", "entre dos y tres mil vecinos", 2000, 3000, ""},
      {"Costará entre cuatro y cinco mil millones de euros.", "entre cuatro y cinco mil millones de euros", 4e9, 5e9, "EUR"},
      {"Costará entre quinientos y dos mil euros.", "entre quinientos y dos mil euros", 500, 2000, "EUR"},
      // After "entre" a percent sign may close each end ("del 3% al 5%" is a change: two figures).
      {"Lo apoya entre el 40% y el 45% del electorado.", "entre el 40% y el 45%", 40, 45, ""},
  };
  for (const Case& c : cases) {
    Document doc = AnalyzeWithNames(c.sentence, {});
    const Span* s = FindSpan(doc, c.text);
    ASSERT_NE(s, nullptr) << c.sentence;
    ASSERT_TRUE(s->value && s->value->number && s->value->number_to) << c.sentence;
    EXPECT_EQ(*s->value->number, c.from) << c.sentence;
    EXPECT_EQ(*s->value->number_to, c.to) << c.sentence;
    EXPECT_EQ(s->value->currency, c.currency) << c.sentence;
  }
  Document change = AnalyzeWithNames("La tasa pasó del 3% al 5% en un año.", {});
  ASSERT_NE(FindSpan(change, "3%", "PERCENT"), nullptr);
  ASSERT_NE(FindSpan(change, "5%", "PERCENT"), nullptr);
}

TEST(QuantitiesTest, TwoPricesWithASlashAreNoFraction) {
  // "350/400 euros" are two prices, never 0.875 euros; "3/4 taza" stays a fraction.
  Document doc = AnalyzeWithNames("Una noche cuesta 250/300 euros en temporada alta.", {});
  int money = 0;
  for (const Span& s : doc.spans) {
    if (s.type != "MONEY") continue;
    ++money;
    EXPECT_GE(*s.value->number, 250) << s.text;
  }
  EXPECT_GT(money, 0);
  Document recipe = AnalyzeWithNames("Añada 3/4 taza de harina.", {});  // FindSpan points into it
  const Span* cup = FindSpan(recipe, "3/4 taza", "QUANTITY");
  ASSERT_NE(cup, nullptr);
  EXPECT_EQ(*cup->value->number, 0.75);
}

TEST(QuantitiesTest, DollarSignFollowsTheCountry) {
  // "$" is the peso of the country the article speaks of; ordinals and years are not quantities.
  Document ar = AnalyzeWithNames("El gobierno argentino giró $ 500 millones. Los argentinos esperan.", {});
  const Span* s = FindSpan(ar, "$ 500 millones", "MONEY");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->value->currency, "ARS");
  Document mx = AnalyzeWithNames("El peso mexicano cayó y el kilo cuesta 30 pesos en México.", {});
  s = FindSpan(mx, "30 pesos", "MONEY");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->value->currency, "MXN");
  // Dollarized economies write "$" for the US dollar; institutions are cues too.
  Document ec = AnalyzeWithNames("El galón de gasolina ecuatoriana sube a $ 2,40.", {});
  s = FindSpan(ec, "$ 2,40", "MONEY");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->value->currency, "USD");
  Document co = AnalyzeWithNames("Según el DANE, el arriendo promedio es de $ 900.000.", {});
  s = FindSpan(co, "$ 900.000", "MONEY");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->value->currency, "COP");
}

TEST(QuantitiesTest, SharedSignFollowsTheCountry) {
  // "Bs" is Bolivia's boliviano and Venezuela's bolívar: the country words pick one of the two
  // (not a peso: they do not vote for "$"); with none the sign stays, the currency unknown.
  struct Case {
    const char* sentence;
    const char* text;
    const char* currency;
    const char* unit;
  };
  const Case cases[] = {
      {"En Santa Cruz, Bolivia, el kilo de pollo subió a Bs. 18.", "Bs. 18", "BOB", ""},
      {"Los transportistas paceños cobran Bs 3 por pasaje.", "Bs 3", "BOB", ""},
      {"El bono venezolano será de Bs. 2.500 por familia, anunció el Gobierno en Caracas.", "Bs. 2.500", "VES", ""},
      {"Un cartón de huevos cuesta 90 Bs.S en Maracaibo.", "90 Bs.S", "VES", ""},
      {"El litro de leche cuesta Bs. 7 desde hoy.", "Bs. 7", "", "Bs."},
      {"El pasaje sube a Bs 5 en Bolivia y a $ 200 en Argentina y Bolivia.", "$ 200", "ARS", ""},
      // "C$" is Canada's dollar or Nicaragua's córdoba, by the same vote.
      {"En Managua, el transporte subirá a C$ 3 por viaje.", "C$ 3", "NIO", ""},
      {"El museo de Montreal cobra C$ 25 la entrada.", "C$ 25", "CAD", ""},
      {"El pasaje cuesta C$ 12 desde el lunes.", "C$ 12", "", "C$"},
      {"El pasaje en Panamá cuesta B/. 1,25 desde hoy.", "B/. 1,25", "PAB", ""},
      // A letter sign ("Q", "L") names its currency only in an article of that country.
      {"El Gobierno de Guatemala entregará Q 1.200 a cada familia.", "Q 1.200", "GTQ", ""},
      {"Los maestros guatemaltecos piden un bono de Q800.", "Q800", "GTQ", ""},
      {"En Tegucigalpa la canasta básica subió a L 9.500.", "L 9.500", "HNL", ""},
      // Their abbreviations with a period before the amount; "Lps" is the lempira anywhere.
      {"Los jornaleros hondureños ganan L. 350 al día.", "L. 350", "HNL", ""},
      {"La tarifa eléctrica sube a Lps. 4,20 por kilovatio.", "Lps. 4,20", "HNL", ""},
      {"En Quetzaltenango, Guatemala, el pasaje cuesta Q. 5 desde hoy.", "Q. 5", "GTQ", ""},
      // "coronas" are Czech, Swedish, Norwegian or Danish by the country words; else a count.
      {"En Praga el billete de metro subió a 40 coronas.", "40 coronas", "CZK", ""},
      {"El Gobierno sueco destinará 2.000 millones de coronas a la defensa.", "2.000 millones de coronas", "SEK", ""},
      {"Un tribunal de Oslo impuso 300 coronas de multa.", "300 coronas", "NOK", ""},
      // A dirham is Morocco's or the Emirates'.
      {"En Casablanca, el pan subió a 2 dírhams.", "2 dírhams", "MAD", ""},
      {"Una noche en un hotel de Dubái cuesta 900 dírhams.", "900 dírhams", "AED", ""},
  };
  for (const Case& c : cases) {
    Document doc = AnalyzeWithNames(c.sentence, {});
    const Span* s = FindSpan(doc, c.text, "MONEY");
    ASSERT_NE(s, nullptr) << c.sentence;
    EXPECT_EQ(s->value->currency, c.currency) << c.sentence;
    EXPECT_EQ(s->value->unit, c.unit) << c.sentence;
  }
}

TEST(QuantitiesTest, MexicanDigits) {
  // A document that writes "1,234.5" reads "2,500" as two thousand five hundred.
  Document doc = AnalyzeWithNames("Llegaron 1,234.5 toneladas y 2,500 personas.", {});
  const Span* s = FindSpan(doc, "2,500 personas", "QUANTITY");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(*s->value->number, 2500);
}

TEST(QuantitiesTest, ThreeDecimalsOfMoneyOrCountsGroupThousands) {
  // With no number showing the document's decimal mark, "$4,800" and "1,200 damnificados" group
  // thousands (no price or count has three decimals); a measure stays ambiguous and follows the
  // default, and a document that shows a decimal comma reads them all as decimals.
  struct Case {
    const char* sentence;
    const char* text;
    double number;
  };
  const Case cases[] = {
      {"En Monterrey, la renta subió a $4,800 al mes.", "$4,800", 4800},
      {"La tormenta dejó 1,200 damnificados.", "1,200 damnificados", 1200},
      {"El Gobierno destinará 3,750 millones de pesos mexicanos.", "3,750 millones de pesos mexicanos", 3.75e9},
      {"El camión cargaba 2,500 kilos.", "2,500 kilos", 2.5},
      {"El paro llegó al 7,5% y el bono es de $1,200.", "$1,200", 1.2},
  };
  for (const Case& c : cases) {
    Document doc = AnalyzeWithNames(c.sentence, {});
    const Span* s = FindSpan(doc, c.text);
    ASSERT_NE(s, nullptr) << c.sentence;
    ASSERT_TRUE(s->value && s->value->number) << c.sentence;
    EXPECT_DOUBLE_EQ(*s->value->number, c.number) << c.sentence;
  }
}

// Each case's sentence, analyzed in `lang`, has its span with that value.
template <size_t N>
void ExpectQuantities(const QCase (&cases)[N], const char* lang) {
  for (const QCase& c : cases) {
    Document doc = AnalyzeWithNames(c.sentence, {}, "2023-10-18", lang);
    const Span* s = FindSpan(doc, c.text, c.type);
    ASSERT_NE(s, nullptr) << c.sentence << " -> no " << c.type << " \"" << c.text << "\"";
    ASSERT_TRUE(s->value && s->value->number) << c.sentence;
    EXPECT_DOUBLE_EQ(*s->value->number, c.number) << c.sentence;
    EXPECT_EQ(s->value->unit, c.unit) << c.sentence;
    EXPECT_EQ(s->value->currency, c.currency) << c.sentence;
    EXPECT_EQ(s->value->qualifier, c.qualifier) << c.sentence;
  }
}

TEST(QuantitiesTest, SpanishNewsSentences) { ExpectQuantities(kCases, "es"); }

struct AgeCase {
  const char* sentence;
  const char* text;  // the age span ("" when the count is a span of time, a DURATION)
  double number;
  const char* unit;
};

// An age is a QUANTITY counted in years or months (the gold's "43 años"), read before dates so it
// is no duration; a count of years after "de" + noun or a verb of time stays a DURATION.
const AgeCase kAges[] = {
    {"El conductor, de 41 años, quedó detenido.", "41 años", 41, "años"},
    {"Una mujer de sesenta y tres años fue hallada sin vida.", "sesenta y tres años", 63, "años"},
    {"El menor, de 12 años de edad, fue trasladado.", "12 años de edad", 12, "años"},
    {"La jubilada tiene 78 años y vive sola.", "78 años", 78, "años"},
    {"El escritor falleció a los 91 años en Lima.", "91 años", 91, "años"},
    {"Cumplió 100 años rodeado de su familia.", "100 años", 100, "años"},
    {"Tenía apenas 16 años cuando se fue.", "16 años", 16, "años"},
    {"A sus 70 años volvió a competir.", "70 años", 70, "años"},
    {"El técnico (58 años) renunció.", "58 años", 58, "años"},
    {"Una niña de 10 meses fue vacunada.", "10 meses", 10, "meses"},
    {"Podrán votar los mayores de dieciséis años del distrito.", "dieciséis años", 16, "años"},
    {"Su sobrino tiene 4 años y medio.", "4 años y medio", 4.5, "años"},
    {"Cuando tenga siete años podrá entrar.", "siete años", 7, "años"},
    {"Restauran un puente de 200 años de antigüedad.", "200 años de antigüedad", 200, "años"},
    {"Tiene 20 años de carrera en el club.", "", 0, ""},
    {"Cumplió 6 años en la cárcel de la ciudad.", "", 0, ""},
    {"Los bancos tienen 10 años para devolver la ayuda.", "", 0, ""},
    {"A los dos años de la inundación, el barrio sigue igual.", "", 0, ""},
    {"Le impusieron una pena de 15 años de prisión.", "", 0, ""},
};

TEST(QuantitiesTest, AgesAreQuantitiesNotDurations) {
  for (const AgeCase& c : kAges) {
    Document doc = AnalyzeWithNames(c.sentence, {});
    if (!*c.text) {
      for (const Span& span : doc.spans) EXPECT_NE(span.type, "QUANTITY") << c.sentence << ": " << span.text;
      bool duration = false;
      for (const Span& span : doc.spans) duration = duration || span.type == "DURATION";
      EXPECT_TRUE(duration) << c.sentence;
      continue;
    }
    const Span* s = FindSpan(doc, c.text, "QUANTITY");
    ASSERT_NE(s, nullptr) << c.sentence << " -> no QUANTITY \"" << c.text << "\"";
    ASSERT_TRUE(s->value && s->value->number) << c.sentence;
    EXPECT_EQ(*s->value->number, c.number) << c.sentence;
    EXPECT_EQ(s->value->unit, c.unit) << c.sentence;
    for (const Span& span : doc.spans) EXPECT_NE(span.type, "DURATION") << c.sentence << ": " << span.text;
  }
}

TEST(QuantitiesTest, AgeRanges) {
  struct Case {
    const char* sentence;
    const char* text;
    double from, to;
  };
  const Case cases[] = {
      {"La campaña vacunará a niñas de 9 a 14 años.", "de 9 a 14 años", 9, 14},
      {"Buscan a dos jóvenes de entre 20 y 25 años.", "entre 20 y 25 años", 20, 25},
      {"Las víctimas tenían entre 60 y 70 años.", "entre 60 y 70 años", 60, 70},
  };
  for (const Case& c : cases) {
    Document doc = AnalyzeWithNames(c.sentence, {});
    const Span* s = FindSpan(doc, c.text, "QUANTITY");
    ASSERT_NE(s, nullptr) << c.sentence;
    ASSERT_TRUE(s->value && s->value->number && s->value->number_to) << c.sentence;
    EXPECT_EQ(*s->value->number, c.from) << c.sentence;
    EXPECT_EQ(*s->value->number_to, c.to) << c.sentence;
    EXPECT_EQ(s->value->unit, "años") << c.sentence;
  }
  // A range of years of something else is no age.
  Document doc = AnalyzeWithNames("Acumulan entre 3 y 5 años de experiencia.", {});
  for (const Span& span : doc.spans) EXPECT_NE(span.type, "QUANTITY") << span.text;
}

TEST(QuantitiesTest, ArticlesAndCodesAreNotQuantities) {
  for (const char* s : {"Cada uno de los acuerdos fue firmado.", "Lo establece la ley 27.541.",
                        "Quedó en el segundo lugar.", "Fue en 2019 cuando llegó.", "Fue el 2° lugar.",
                        "Quedó 2º en la carrera.", "Una persona murió y un país lloró.", "Ganó 3 a 1 el domingo.",
                        "Abandonó en el octavo kilómetro.", "Se abrió una crisis.", "Compró una quinta en las afueras.",
                        "Más de la mitad se abstuvo.", "Hasta el 2030 no habrá elecciones.",
                        "Es la tercera vez que pasa.", "Serán 20 ó más.", "Los tres primeros llegaron tarde.",
                        "Ganaron los dos restantes.", "Durmió en un cuarto del hotel.", "La mitad de los votos.",
                        "El expediente 20230915 fue archivado.", "Ganaron 3-1 el domingo.",
                        "Se estrenó la tercera parte de la saga de terror.", "Tres de cada diez votaron."}) {
    Document doc = AnalyzeWithNames(s, {});
    for (const Span& span : doc.spans) EXPECT_NE(span.type, "QUANTITY") << s << ": " << span.text;
  }
}

TEST(QuantitiesTest, LetterSignsNeedTheirCountry) {
  // With no word of Guatemala or Honduras, "Q" and "L" are letters; "Q1" is a quarter anywhere,
  // "300 L" litres, "multiplicar por mil" no rate.
  for (const char* s : {"El plan Q 500 fue aprobado en Madrid.", "La serie L 300 llega en mayo.",
                        "En Guatemala las ventas del Q1 crecieron.", "Las ventas se multiplicaron por mil."}) {
    Document doc = AnalyzeWithNames(s, {});
    for (const Span& span : doc.spans) {
      EXPECT_NE(span.type, "MONEY") << s << ": " << span.text;
      EXPECT_FALSE(span.type == "QUANTITY" && span.value && span.value->unit == "‰") << s << ": " << span.text;
    }
  }
  for (const char* s : {"El rey lució tres coronas en la gala.", "En Estocolmo dejaron tres coronas de flores.", "En Oslo cuesta 30 coronas y en Praga 20 coronas."}) {
    for (const Span& span : AnalyzeWithNames(s, {}).spans) EXPECT_NE(span.type, "MONEY") << s << ": " << span.text;
  }
  Document doc = AnalyzeWithNames("En Honduras cargaron 300 L de agua.", {});
  const Span* s = FindSpan(doc, "300 L", "QUANTITY");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->value->unit, "l");
}

TEST(QuantitiesTest, SummitCodesAreNotMoney) {
  // "COP28" is the climate summit, not 28 Colombian pesos.
  Document doc = AnalyzeWithNames("La COP28 cerró en Dubái.", {});
  for (const Span& span : doc.spans) EXPECT_NE(span.type, "MONEY") << span.text;
}

TEST(QuantitiesTest, PercentPassTakesOnlyPercentages) {
  // Run before dates, it must leave money, counts and days to the later passes.
  const std::string text = "El 12 de mayo subió el 20 por ciento y costó 5 euros a 300 socios.";
  auto [decoded, seg, token_text] = SegmentText(text, "es");
  static const LanguageData kEs = LoadLanguageData("es");
  ArticleInput in{decoded.units, "es", "", &seg, &token_text, nullptr, &kEs, {}};
  Words w = MakeWords(in);
  Covered covered(w.size(), 0);
  std::vector<Span> spans;
  FindPercentsAndAges(w, kEs, "es", &covered, &spans);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].type, "PERCENT");
  EXPECT_EQ(spans[0].text, "20 por ciento");
  FindQuantities(w, kEs, "es", &covered, &spans);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[1].text, "5 euros");
  EXPECT_EQ(spans[2].text, "300 socios");
}

}  // namespace
}  // namespace resalta

namespace resalta {
namespace {

TEST(QuantitiesTest, EnglishReadsEnglishData) {
  Document doc = AnalyzeWithNames("It costs US$ 5 billion and more than 1,500 people marched.", {}, "2023-10-18", "en");
  const Span* money = FindSpan(doc, "US$ 5 billion", "MONEY");
  ASSERT_NE(money, nullptr);
  EXPECT_EQ(*money->value->number, 5e9);  // the short scale
  EXPECT_EQ(money->value->currency, "USD");
  const Span* people = FindSpan(doc, "more than 1,500 people", "QUANTITY");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(*people->value->number, 1500);
}

}  // namespace
}  // namespace resalta

namespace resalta {
namespace {

TEST(QuantitiesTest, EnglishAgesAndHyphenatedCounts) {
  // English writes an age bare between commas after a name, or after "aged"; a count can be
  // joined by a hyphen to what it counts.
  struct Case {
    const char* sentence;
    const char* text;
    double number;
    const char* unit;
  };
  const Case cases[] = {
      {"Maria Lopez, 34, was charged on Monday.", "34", 34, "years"},
      {"A driver aged 71 was injured.", "71", 71, "years"},
      {"The boy is 9 years old.", "9 years old", 9, "years"},
      {"They ended a seven-match losing run.", "seven-match", 7, "match"},
      {"It was a 12-round fight.", "12-round", 12, "round"},
      // Tens and units joined by a hyphen, "and" after "hundred", ranges.
      {"Thirty-seven miners were rescued.", "Thirty-seven miners", 37, "miners"},
      {"Three hundred and sixty-five sheep died.", "Three hundred and sixty-five sheep", 365, "sheep"},
      {"Between four and six workers were hurt.", "Between four and six workers", 4, "workers"},
      // A half joined by hyphens to the count, the counted word glued or next.
      {"She signed a four-and-a-half year lease.", "four-and-a-half year", 4.5, "year"},
      {"It was a two-and-a-half-hour meeting.", "two-and-a-half-hour", 2.5, "hour"},
  };
  for (const Case& c : cases) {
    Document doc = AnalyzeWithNames(c.sentence, {}, "2023-10-18", "en");
    const Span* s = FindSpan(doc, c.text, "QUANTITY");
    ASSERT_NE(s, nullptr) << c.sentence;
    ASSERT_TRUE(s->value && s->value->number) << c.sentence;
    EXPECT_EQ(*s->value->number, c.number) << c.sentence;
    EXPECT_EQ(s->value->unit, c.unit) << c.sentence;
  }
  // A bare "$" is the dollar of the country the article names, else unknown.
  struct Dollar {
    const char* sentence;
    const char* currency;
  };
  for (const Dollar& d : {Dollar{"A Texas county approved $3 million for roads.", "USD"},
                          Dollar{"Melbourne council set aside $2 million.", "AUD"},
                          Dollar{"The club paid $90,000 for the pitch.", ""}}) {
    Document doc = AnalyzeWithNames(d.sentence, {}, "2023-10-18", "en");
    const Span* money = nullptr;
    for (const Span& span : doc.spans) money = span.type == "MONEY" ? &span : money;
    ASSERT_NE(money, nullptr) << d.sentence;
    EXPECT_EQ(money->value->currency, d.currency) << d.sentence;
  }
  for (const char* sentence : {"It was a one-off payment.", "They won 3-1 at home.", "The COVID-19 wave ended.",
                               "Jack Hobbs, 123, and Len Hutton, 88, batted on."}) {
    Document doc = AnalyzeWithNames(sentence, {}, "2023-10-18", "en");
    for (const Span& span : doc.spans) {
      EXPECT_FALSE(span.type == "QUANTITY" && span.text != "88") << sentence << ": " << span.text;
    }
  }
}

TEST(QuantitiesTest, EnglishMillionsPointsAndBounds) {
  // "m" glued after a money sign is millions, with no sign metres; percentage points; "minus"
  // before a number; "some" before a count is "about"; "under 40" after a person noun is an age
  // bound with no unit written.
  const QCase cases[] = {
      {"The club paid £4.5m for the striker.", "£4.5m", "MONEY", 4.5e6, "", "GBP", ""},
      {"She ran the 400m in Rome.", "400m", "QUANTITY", 400, "m", "", ""},
      {"Unemployment fell 1.5 percentage points.", "1.5 percentage points", "QUANTITY", 1.5, "pp", "", ""},
      {"Overnight it dropped to minus 12 degrees.", "minus 12 degrees", "QUANTITY", -12, "°", "", ""},
      {"Some 400 flights were cancelled.", "Some 400 flights", "QUANTITY", 400, "flights", "", "about"},
      {"The award goes to a painter under 40, born in Wales.", "under 40", "QUANTITY", 40, "", "", "less than"},
      {"The Fed cut rates by 25 basis points.", "25 basis points", "QUANTITY", 25, "bp", "", ""},
      // A magnitude before what it measures, or "on the Richter scale" after it.
      {"A magnitude 5.9 earthquake shook Lima.", "magnitude 5.9", "QUANTITY", 5.9, "magnitude", "", ""},
      {"The tremor registered 4.7 on the Richter scale.", "4.7 on the Richter scale", "QUANTITY", 4.7, "magnitude", "", ""},
      // Pence glued to the digits are a hundredth of a pound.
      {"A loaf now costs 85p more than in spring.", "85p", "MONEY", 0.85, "", "GBP", ""},
  };
  ExpectQuantities(cases, "en");
  // Not as a word of its own, nor a video resolution.
  for (const char* text : {"Table p 50 lists the results.", "It streams in 1080p and 720p only."}) {
    Document doc = AnalyzeWithNames(text, {}, "2023-10-18", "en");
    for (const Span& span : doc.spans) EXPECT_NE(span.type, "MONEY") << text << ": " << span.text;
  }
}

}  // namespace
}  // namespace resalta
