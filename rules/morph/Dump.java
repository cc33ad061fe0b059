// Dumps every entry of a Morfologik dictionary as `form<TAB>lemma<TAB>tags`
// (tags as stored, several joined by '+'). Used only by rules/morph/build.sh.
//
//   CP=morfologik-stemming.jar:morfologik-fsa.jar:hppc.jar
//   javac -cp $CP Dump.java && java -cp $CP:. Dump polish.dict dump.tsv
import morfologik.stemming.*;
import java.nio.file.*;
import java.io.*;

public class Dump {
  public static void main(String[] a) throws Exception {
    Dictionary d = Dictionary.read(Paths.get(a[0]));
    DictionaryLookup l = new DictionaryLookup(d);
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(new FileOutputStream(a[1]), "UTF-8"), 1 << 20));
    for (WordData w : l) {
      out.print(w.getWord()); out.print('\t'); out.print(w.getStem()); out.print('\t'); out.println(w.getTag());
    }
    out.close();
  }
}
