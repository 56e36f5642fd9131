// Bench only: run HeidelTime standalone (news, English, no POS tagger) over many documents in one JVM.
// Reads a manifest of "input-path<TAB>yyyy-mm-dd" lines (an empty date means no DCT) and writes each
// document's TimeML next to it as input-path + ".tml". Starting the JVM and loading HeidelTime's rules
// takes longer than tagging a news article, hence one process for the whole corpus.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

public class HeidelBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone news = new HeidelTimeStandalone(
                Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[1], POSTagger.NO);
        HeidelTimeStandalone narrative = new HeidelTimeStandalone(
                Language.ENGLISH, DocumentType.NARRATIVES, OutputType.TIMEML, args[1], POSTagger.NO);
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) continue;
            String[] parts = line.split("\t", -1);
            Path input = Path.of(parts[0]);
            String text = Files.readString(input, StandardCharsets.UTF_8);
            String out;
            if (parts.length > 1 && !parts[1].isEmpty()) {
                Date dct = iso.parse(parts[1]);
                out = news.process(text, dct);
            } else {
                out = narrative.process(text);
            }
            Files.writeString(Path.of(parts[0] + ".tml"), out, StandardCharsets.UTF_8);
        }
    }
}
