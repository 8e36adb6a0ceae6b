// The Lucene 4.10 peer of bench/run.sh (Debian's liblucene4.10-java).
//   java LuceneBench index CORPUS.jsonl DIR      title + "\n\n" + text in one
//        TextField "text" (stored, positions), StandardAnalyzer with an EMPTY
//        stopword set, 256 MB RAM buffer, one thread, no compound files, no
//        forceMerge; "title" also stored (StoredField) for the hit lists.
//   java LuceneBench query DIR QUERIES.tsv OUT.json   top-10 (stored title of
//        each hit fetched) and count (TotalHitCountCollector) per query, each
//        set run once untimed first; per-query seconds by class as JSON.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.util.CharArraySet;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

public class LuceneBench {
    // {"title": "...", "text": "...", "date": "..."}: string (or null) values only
    static Map<String, String> parse(String s) {
        Map<String, String> m = new HashMap<>();
        int i = 0, n = s.length();
        StringBuilder b = new StringBuilder();
        String key = null;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
                b.setLength(0);
                i++;
                while (i < n && (c = s.charAt(i)) != '"') {
                    if (c == '\\') {
                        char e = s.charAt(++i);
                        switch (e) {
                            case 'n': b.append('\n'); break;
                            case 't': b.append('\t'); break;
                            case 'r': b.append('\r'); break;
                            case 'b': b.append('\b'); break;
                            case 'f': b.append('\f'); break;
                            case 'u': b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; break;
                            default: b.append(e);
                        }
                    } else b.append(c);
                    i++;
                }
                if (key == null) key = b.toString();
                else { m.put(key, b.toString()); key = null; }
            } else if (c == ',' && key != null) {
                key = null;   // non-string value (null): skip
            }
            i++;
        }
        return m;
    }

    static StandardAnalyzer analyzer() { return new StandardAnalyzer(CharArraySet.EMPTY_SET); }

    static void index(String corpus, String dir) throws Exception {
        IndexWriterConfig cfg = new IndexWriterConfig(Version.LUCENE_4_10_4, analyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        cfg.setRAMBufferSizeMB(256);
        cfg.setUseCompoundFile(false);
        cfg.getMergePolicy().setNoCFSRatio(0.0);
        IndexWriter w = new IndexWriter(FSDirectory.open(new File(dir)), cfg);
        BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(corpus), StandardCharsets.UTF_8), 1 << 20);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            Map<String, String> d = parse(line);
            String title = d.getOrDefault("title", ""), text = d.getOrDefault("text", "");
            Document doc = new Document();
            doc.add(new StoredField("title", title));
            doc.add(new TextField("text", title + "\n\n" + text, Field.Store.YES));
            w.addDocument(doc);
            n++;
        }
        w.close();
        System.err.println("lucene: " + n + " docs");
    }

    static Query build(String op, String[] ws) {
        if (op.equals("term")) return new TermQuery(new Term("text", ws[0]));
        if (op.equals("phrase")) {
            PhraseQuery p = new PhraseQuery();
            for (String w : ws) p.add(new Term("text", w));
            return p;
        }
        BooleanQuery b = new BooleanQuery();
        for (String w : ws) b.add(new TermQuery(new Term("text", w)),
                op.equals("and") ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        return b;
    }

    static void query(String dir, String qfile, String out) throws Exception {
        IndexReader rd = DirectoryReader.open(FSDirectory.open(new File(dir)));
        IndexSearcher s = new IndexSearcher(rd);
        List<String[]> qs = new ArrayList<>();
        for (String l : java.nio.file.Files.readAllLines(new File(qfile).toPath(), StandardCharsets.UTF_8)) {
            String[] f = l.split("\t", -1);
            if (!f[1].equals("speaker")) qs.add(f);
        }
        StringBuilder o = new StringBuilder("{");
        Map<String, List<Long>> totals = new LinkedHashMap<>();
        String[] modes = {"top10", "count"};
        for (int mi = 0; mi < 2; mi++) {
            Map<String, List<Double>> t = new LinkedHashMap<>();
            for (int pass = 0; pass < 2; pass++) {
                for (String[] q : qs) {
                    long t0 = System.nanoTime();
                    Query qq = build(q[1], q[2].split(" "));
                    long total;
                    if (mi == 0) {
                        TopDocs td = s.search(qq, 10);
                        for (ScoreDoc sd : td.scoreDocs) s.doc(sd.doc).get("title");
                        total = td.totalHits;
                    } else {
                        TotalHitCountCollector c = new TotalHitCountCollector();
                        s.search(qq, c);
                        total = c.getTotalHits();
                    }
                    double dt = (System.nanoTime() - t0) / 1e9;
                    if (pass == 1) {
                        t.computeIfAbsent(q[0], k -> new ArrayList<>()).add(dt);
                        if (mi == 1) totals.computeIfAbsent(q[0], k -> new ArrayList<>()).add(total);
                    }
                }
            }
            o.append(mi == 0 ? "" : ",").append('"').append(modes[mi]).append("\":{");
            int k = 0;
            for (Map.Entry<String, List<Double>> e : t.entrySet()) {
                o.append(k++ > 0 ? "," : "").append('"').append(e.getKey()).append("\":").append(e.getValue());
            }
            o.append('}');
        }
        o.append(",\"totals\":{");
        int k = 0;
        for (Map.Entry<String, List<Long>> e : totals.entrySet())
            o.append(k++ > 0 ? "," : "").append('"').append(e.getKey()).append("\":").append(e.getValue());
        o.append("}}\n");
        try (Writer w = new OutputStreamWriter(new FileOutputStream(out), StandardCharsets.UTF_8)) { w.write(o.toString()); }
        rd.close();
    }

    public static void main(String[] a) throws Exception {
        if (a[0].equals("index")) index(a[1], a[2]);
        else query(a[1], a[2], a[3]);
    }
}
