// Parses each AsyncAPI document given and fails on any error the parser reports (warnings are printed).
import { Parser, fromFile } from "@asyncapi/parser";

const parser = new Parser();
let errors = 0;
for (const file of process.argv.slice(2)) {
    const { document, diagnostics } = await fromFile(parser, file).parse();
    for (const diagnostic of diagnostics) {
        const where = diagnostic.path.length ? " at " + diagnostic.path.join(".") : "";
        const severity = diagnostic.severity === 0 ? "error" : "warning";
        console.log(`${file}: ${severity}${where}: ${diagnostic.message}`);
        if (diagnostic.severity === 0) {
            errors++;
        }
    }
    if (document) {
        const messages = document.allMessages().length;
        console.log(`${file}: valid AsyncAPI ${document.version()}, ${document.allChannels().length} channels, ${messages} messages`);
    } else {
        errors++;
    }
}
process.exit(errors === 0 ? 0 : 1);
