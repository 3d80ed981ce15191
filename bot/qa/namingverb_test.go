package qa

import "testing"

// TestNamingVerb: the forms of the verb of naming in the conditional,
// the future and the plural ("¿Cómo se llamaría…?", "Como se
// chamaria…?") ask for a name, as "¿Cómo se llama…?" does: the verb is
// no word the answer must hold.
func TestNamingVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "llamaría", code: "es",
			text: "Nuevo ministerio\n\nEl gobierno presentó el martes un proyecto de ley para crear un ministerio dedicado a la seguridad pública.\n\n" +
				"Según el borrador, la nueva cartera se denominaría “Ministerio de Seguridad y Convivencia”.\n\n" +
				"La oposición criticó que el proyecto no incluya más fondos para la policía.\n\n" +
				"El Congreso empezará a debatir el texto en junio.\n",
			q: "¿Cómo se llamaría el nuevo ministerio?", quote: "Seguridad y Convivencia",
		},
		{
			name: "chamaria", code: "pt",
			text: "Novo ministério\n\nO governo apresentou na terça-feira um projeto de lei para criar um ministério dedicado à segurança pública.\n\n" +
				"Segundo o rascunho, o novo ministério seria denominado “Ministério da Segurança e Convivência”.\n\n" +
				"A oposição criticou que o projeto não inclua mais verbas para a polícia.\n\n" +
				"O Congresso começará a debater o texto em junho.\n",
			q: "Como se chamaria o novo ministério?", quote: "Segurança e Convivência",
		},
	})
}
