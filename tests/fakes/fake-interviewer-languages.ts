// The fake interviewer in other languages (issue #17): when the prompt's language block asks for
// Spanish, German, Portuguese, Japanese or Arabic, it answers with canned lines in that language
// (an opening, rotating questions, a closing), so tests and the e2e suite can see the interview
// run in the participant's language. English prompts have no language block and get the usual text.

interface Lines {
  opening: string;
  questions: string[];
  closing: string;
}

const LINES: Record<string, Lines> = {
  es: {
    opening:
      "Hola, gracias por participar. Es una conversación tranquila sobre tu propia experiencia. ¿Podrías contarme un poco sobre ti y tu trabajo?",
    questions: [
      "Gracias. ¿Qué pasó la primera vez que notaste que la forma antigua no funcionaba?",
      "Entiendo. ¿Qué hiciste justo después de eso?",
      "¿Cómo te sentiste en ese momento?",
    ],
    closing: "Muchas gracias, eso es todo lo que quería preguntar. La entrevista ha terminado y puedes cerrar esta ventana.",
  },
  de: {
    opening:
      "Hallo, danke fürs Mitmachen. Es ist ein entspanntes Gespräch über Ihre eigene Erfahrung. Erzählen Sie mir bitte etwas über sich und Ihre Arbeit?",
    questions: [
      "Danke. Was ist passiert, als Sie zum ersten Mal merkten, dass es so nicht weiterging?",
      "Verstehe. Was haben Sie danach gemacht?",
    ],
    closing: "Vielen Dank, das war alles, was ich fragen wollte. Das Interview ist beendet und Sie können das Fenster schließen.",
  },
  pt: {
    opening:
      "Olá, obrigado por participar. É uma conversa tranquila sobre a sua própria experiência. Você pode me contar um pouco sobre você e o seu trabalho?",
    questions: [
      "Obrigado. O que aconteceu na primeira vez que você percebeu que o jeito antigo não funcionava?",
      "Entendi. O que você fez logo depois?",
    ],
    closing: "Muito obrigado, era tudo o que eu queria perguntar. A entrevista terminou e você pode fechar esta janela.",
  },
  ja: {
    opening:
      "こんにちは、ご参加ありがとうございます。ご自身の経験について気軽にお話しください。まず、あなたご自身とお仕事について少し教えていただけますか？",
    questions: [
      "ありがとうございます。以前のやり方がうまくいかないと最初に感じたのはどんな時でしたか？",
      "なるほど。そのすぐ後に何をしましたか？",
    ],
    closing: "ありがとうございました。お聞きしたいことは以上です。インタビューは終了しましたので、このウィンドウを閉じてください。",
  },
  ar: {
    opening: "مرحبًا، شكرًا لمشاركتك. هذه محادثة هادئة عن تجربتك الخاصة. هل يمكنك أن تخبرني قليلًا عن نفسك وعملك؟",
    questions: ["شكرًا. ماذا حدث أول مرة لاحظت فيها أن الطريقة القديمة لا تعمل؟", "فهمت. ماذا فعلت بعد ذلك مباشرة؟"],
    closing: "شكرًا جزيلًا، هذا كل ما أردت أن أسأله. انتهت المقابلة ويمكنك إغلاق هذه النافذة.",
  },
};

/** The language the prompt's language block asks for (lib/interviewer/language-instruction.ts), as a primary subtag. */
export function requestedLanguage(system: string): string | null {
  return /Language: conduct the whole interview in .+ \(([A-Za-z-]+)\)\. /.exec(system)?.[1]?.split("-")[0].toLowerCase() ?? null;
}

/** A canned line in the requested language, or null (English, or a language without lines). */
export function fakeInterviewerLine(system: string, asked: number): string | null {
  const lines = LINES[requestedLanguage(system) ?? ""];
  if (!lines) return null;
  if (/Task: CLOSING/.test(system)) return lines.closing;
  if (/Task: OPENING/.test(system)) return lines.opening;
  return lines.questions[asked % lines.questions.length];
}
