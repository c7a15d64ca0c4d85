package org.gongkai.testing;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import nu.validator.messages.MessageEmitter;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.messages.MessageTextHandler;
import nu.validator.messages.TextMessageTextHandler;
import nu.validator.messages.types.MessageType;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.InputSource;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), embedded: it checks a page as {@code vnu} does, with
 * the schema, assertions and parser bundled in its jar, so nothing is fetched from the network.
 */
public final class HtmlChecker {

    /** The schema {@code vnu} checks HTML against by default; the jar maps the URL to its own copy. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static SimpleDocumentValidator validator;

    private HtmlChecker() {}

    /**
     * One message about a page, classed as vnu classes it.
     *
     * @param error whether the message is an error (of the page, or of the check itself) rather than a warning or
     *              information
     */
    public record Message(boolean error, String kind, int line, int column, String text) {

        /** The message as {@code page:line:column: message}. */
        public String at(String page) {
            return page + ":" + line + ":" + column + ": " + (error ? "" : kind + ": ") + text;
        }
    }

    private static final String SERVED_AT = "http://127.0.0.1/site/page/index.html";

    /**
     * Every message about {@code html}, a whole page in UTF-8. Throws what the checker's own set-up declares, which
     * is {@link Exception}: a failure to read its bundled schema is a broken test run, whatever its class.
     */
    public static synchronized List<Message> check(byte[] html) throws Exception {
        Collector collector = new Collector();
        // The adapter decides, as vnu's command line does, which messages are errors: some bad attribute values are
        // only warnings, and it drops the few messages vnu itself filters out.
        MessageEmitterAdapter adapter = new MessageEmitterAdapter(null, validator().getSourceCode(), false, null, 0,
                true, collector);
        adapter.setHtml(true); // words messages as vnu does for HTML: "element", not "XHTML element"
        adapter.start(null);
        validator().setUpValidatorAndParsers(adapter, false, false);
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        // As if served over HTTP: the checker then resolves the page's relative links to the page's own origin,
        // which its Content-Security-Policy check needs to see that 'self' allows them.
        source.setSystemId(SERVED_AT);
        validator().checkHtmlInputSource(source);
        adapter.end("", "", "");
        return List.copyOf(collector.messages);
    }

    /** Reading the schema takes a while, so one validator serves every page of a test run. */
    private static SimpleDocumentValidator validator() throws Exception {
        if (validator == null) {
            SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
            v.setUpMainSchema(SCHEMA, new SystemErrErrorHandler());
            validator = v;
        }
        return validator;
    }

    /** Collects the adapter's messages as plain text, quotes kept as vnu prints them. */
    private static final class Collector extends MessageEmitter {

        final List<Message> messages = new ArrayList<>();
        private MessageType type;
        private int line;
        private int column;
        private StringWriter text;

        @Override
        public void startMessage(MessageType type, String systemId, int firstLine, int firstColumn, int lastLine,
                int lastColumn, boolean exact) {
            this.type = type;
            this.line = firstLine;
            this.column = firstColumn;
            this.text = new StringWriter();
        }

        @Override
        public MessageTextHandler startText() {
            return new TextMessageTextHandler(text, false);
        }

        @Override
        public void endMessage() {
            messages.add(new Message(!type.getSuperType().equals("info"), type.getFlatType(), line, column,
                    text.toString()));
        }
    }
}
