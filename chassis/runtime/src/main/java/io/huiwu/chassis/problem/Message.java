package io.huiwu.chassis.problem;

/**
 * Words for a person, in English and in Chinese: the detail of a problem, a field's message, or a noun used in one
 * ({@code Message.of("Attendee", "参会人员")}). Placeholders {@code {0}}, {@code {1}}... take the arguments, and an
 * argument that is itself a message is written in the same language.
 */
public interface Message {

    /** The words in one language. */
    String in(Language language);

    /** A message from an English and a Chinese pattern. */
    static Message of(String english, String chinese, Object... arguments) {
        return new Pattern(english, chinese, arguments.clone());
    }

    /** Patterns with their arguments. */
    final class Pattern implements Message {
        private final String english;
        private final String chinese;
        private final Object[] arguments;

        private Pattern(String english, String chinese, Object[] arguments) {
            this.english = english;
            this.chinese = chinese;
            this.arguments = arguments;
        }

        @Override
        public String in(Language language) {
            String pattern = language == Language.CHINESE ? chinese : english;
            if (arguments.length == 0) {
                return pattern;
            }
            StringBuilder text = new StringBuilder(pattern.length() + 32);
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                int close = c == '{' ? pattern.indexOf('}', i) : -1;
                if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                    int index = Integer.parseInt(pattern.substring(i + 1, close));
                    text.append(index < arguments.length ? render(arguments[index], language) : "");
                    i = close + 1;
                } else {
                    text.append(c);
                    i++;
                }
            }
            return text.toString();
        }

        private static String render(Object argument, Language language) {
            return argument instanceof Message message ? message.in(language) : String.valueOf(argument);
        }

        @Override
        public String toString() {
            return in(Language.ENGLISH);
        }
    }
}
