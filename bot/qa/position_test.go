package qa

import "testing"

// TestPositionAsked: asking which post or office someone holds ("¿Qué
// cargo tiene X?", "Quel poste occupe X ?", "Welches Amt hat X?") asks
// what they do, as "Where does X work?" does: the sentence that first
// names them and describes them answers, and one that only names them
// does not.
func TestPositionAsked(t *testing.T) {
	es := "Colas en las tiendas\n\nLas tiendas de Marel venderán los alimentos por zonas desde el lunes, para evitar aglomeraciones.\n\n" +
		"En una reunión del consejo provincial, Rosa Teller Vidal, directora de ventas de la Red de Tiendas Norte, explicó que cada barrio tendrá un día fijo.\n\n" +
		"Las colas de la semana pasada duraron varias horas en algunos barrios de la ciudad.\n\n" +
		"Pablo Oreja Soto visitó el mercado el martes.\n"
	fr := "Files d'attente\n\nLes magasins de Lormont vendront les produits par quartier à partir de lundi.\n\n" +
		"Lors d'une réunion du conseil, Rose Tellier, directrice des ventes du Réseau Nord, a expliqué que chaque quartier aurait un jour fixe.\n\n" +
		"Les files de la semaine dernière ont duré plusieurs heures dans certains quartiers.\n\n" +
		"Paul Oreille a visité le marché mardi.\n"
	pt := "Filas nas lojas\n\nAs lojas de Marel vão vender os alimentos por bairro a partir de segunda-feira.\n\n" +
		"Numa reunião do conselho, Rosa Teles, diretora de vendas da Rede Norte, explicou que cada bairro terá um dia fixo.\n\n" +
		"As filas da semana passada duraram várias horas em alguns bairros da cidade.\n\n" +
		"Paulo Orelha visitou o mercado na terça-feira.\n"
	de := "Schlangen vor den Läden\n\nDie Läden in Marel verkaufen die Lebensmittel ab Montag nach Stadtteilen.\n\n" +
		"Bei einer Sitzung des Rates erklärte Rosa Teller, Vertriebsleiterin der Ladenkette Nord, dass jeder Stadtteil einen festen Tag bekomme.\n\n" +
		"Die Schlangen der vergangenen Woche dauerten in manchen Stadtteilen mehrere Stunden.\n\n" +
		"Paul Ohr besuchte den Markt am Dienstag.\n"
	runRuleCases(t, []ruleCase{
		{name: "es cargo", code: "es", text: es, q: "¿Qué cargo tiene Rosa Teller Vidal?", quote: "directora de ventas"},
		{name: "es puesto", code: "es", text: es, q: "¿Qué puesto ocupa Rosa Teller Vidal?", quote: "directora de ventas"},
		{name: "es not described", code: "es", text: es, q: "¿Qué cargo tiene Pablo Oreja Soto?"},
		{name: "fr poste", code: "fr", text: fr, q: "Quel poste occupe Rose Tellier ?", quote: "directrice des ventes"},
		{name: "fr fonction", code: "fr", text: fr, q: "Quelle est la fonction de Rose Tellier ?", quote: "directrice des ventes"},
		{name: "fr not described", code: "fr", text: fr, q: "Quel poste occupe Paul Oreille ?"},
		{name: "pt cargo", code: "pt", text: pt, q: "Qual é o cargo de Rosa Teles?", quote: "diretora de vendas"},
		{name: "pt not described", code: "pt", text: pt, q: "Que cargo ocupa Paulo Orelha?"},
		{name: "de Funktion", code: "de", text: de, q: "Welche Funktion hat Rosa Teller?", quote: "Vertriebsleiterin"},
		{name: "de Position", code: "de", text: de, q: "Welche Position hat Rosa Teller?", quote: "Vertriebsleiterin"},
	})
}

// TestPositionDescribedLater: when the sentence that first names someone
// does not describe them ("Chargée de la réforme, Rose Tellier a…"), the
// first that does answers what they do ("Rose Tellier, ministre du
// Travail, …").
func TestPositionDescribedLater(t *testing.T) {
	fr := "Réforme des retraites\n\nChargée de la réforme, Rose Tellier a su gagner la confiance du président.\n\n" +
		"Face aux grèves, Rose Tellier, ministre du Travail, défend le projet devant les syndicats.\n\n" +
		"Les syndicats appellent à une nouvelle journée de grève jeudi.\n"
	es := "Reforma de las pensiones\n\nEncargada de la reforma, Rosa Teller ha ganado la confianza del presidente.\n\n" +
		"Ante las huelgas, Rosa Teller, ministra de Trabajo, defiende el proyecto ante los sindicatos.\n\n" +
		"Los sindicatos convocan una nueva jornada de huelga el jueves.\n"
	runRuleCases(t, []ruleCase{
		{name: "fr", code: "fr", text: fr, q: "Quel poste occupe Rose Tellier ?", quote: "ministre du Travail"},
		{name: "es", code: "es", text: es, q: "¿Qué cargo tiene Rosa Teller?", quote: "ministra de Trabajo"},
	})
}
