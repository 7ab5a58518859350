package uk.police.bulletins.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;

/**
 * Reads and writes the pipeline's Avro single-object messages with Apache Avro's own Java
 * classes, knowing nothing of the project but its .avsc files.
 *
 * <pre>
 *   fingerprints SCHEMA_DIR              name, then the 8 header bytes (hex) Java would write
 *   decode SCHEMA_DIR MESSAGE_DIR        MESSAGE_DIR/&lt;schema&gt;/*.bin, one raw message each;
 *                                        prints "OK path fullname first-field" per message,
 *                                        "FAIL path reason" per failure, then the counts;
 *                                        exit 1 if any message failed (or none was given)
 *   encode SCHEMA_DIR REPORT_ID OUT      a NUMS bulletin written by BinaryMessageEncoder
 * </pre>
 */
public final class AvroCheck {
  private AvroCheck() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      usage();
    }
    Path schemas = Path.of(args[1]);
    switch (args[0]) {
      case "fingerprints" -> fingerprints(schemas);
      case "decode" -> {
        if (args.length != 3) {
          usage();
        }
        System.exit(decode(schemas, Path.of(args[2])));
      }
      case "encode" -> {
        if (args.length != 4) {
          usage();
        }
        encode(schemas, args[2], Path.of(args[3]));
      }
      default -> usage();
    }
  }

  private static void usage() {
    System.err.println("usage: AvroCheck fingerprints|decode|encode SCHEMA_DIR [MESSAGE_DIR | REPORT_ID OUT]");
    System.exit(2);
  }

  private static Schema parse(Path file) throws IOException {
    return new Schema.Parser().parse(Files.readString(file));
  }

  /** Every .avsc in the directory and its history/ folder, by file name. */
  private static Map<String, Path> schemaFiles(Path dir) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    for (Path d : List.of(dir, dir.resolve("history"))) {
      try (Stream<Path> s = Files.list(d)) {
        s.filter(p -> p.toString().endsWith(".avsc"))
            .forEach(p -> files.put(dir.relativize(p).toString(), p));
      }
    }
    return files;
  }

  private static void fingerprints(Path dir) throws IOException {
    for (Map.Entry<String, Path> e : schemaFiles(dir).entrySet()) {
      long fp = SchemaNormalization.parsingFingerprint64(parse(e.getValue()));
      // The single-object header carries the fingerprint little-endian.
      byte[] le = new byte[8];
      for (int i = 0; i < 8; i++) {
        le[i] = (byte) (fp >>> (8 * i));
      }
      System.out.println(e.getKey() + "\t" + hex(le));
    }
  }

  /** A decoder for the current schema that also knows every published version (history/). */
  private static BinaryMessageDecoder<GenericRecord> decoderFor(Path dir, String name) throws IOException {
    Schema current = parse(dir.resolve(name + ".avsc"));
    BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(), current);
    try (Stream<Path> s = Files.list(dir.resolve("history"))) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(name + ".v")).toList()) {
        decoder.addSchema(parse(p));
      }
    }
    return decoder;
  }

  private static int decode(Path schemaDir, Path messageDir) throws IOException {
    Map<String, Integer> decoded = new TreeMap<>();
    int failed = 0;
    List<Path> folders;
    try (Stream<Path> s = Files.list(messageDir)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      String name = folder.getFileName().toString();
      BinaryMessageDecoder<GenericRecord> decoder = decoderFor(schemaDir, name);
      decoded.put(name, 0);
      List<Path> messages;
      try (Stream<Path> s = Files.list(folder)) {
        messages = s.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
      }
      for (Path message : messages) {
        String rel = messageDir.relativize(message).toString();
        try {
          GenericRecord record = decoder.decode(ByteBuffer.wrap(Files.readAllBytes(message)));
          Schema.Field first = record.getSchema().getFields().get(0);
          System.out.println("OK\t" + rel + "\t" + record.getSchema().getFullName() + "\t" + record.get(first.pos()));
          decoded.merge(name, 1, Integer::sum);
        } catch (Exception exc) {  // MissingSchemaException, BadHeaderException, AvroRuntimeException, ...
          System.out.println("FAIL\t" + rel + "\t" + exc.getClass().getSimpleName() + ": " + exc.getMessage());
          failed++;
        }
      }
    }
    List<String> parts = new ArrayList<>();
    decoded.forEach((k, v) -> parts.add(k + "=" + v));
    parts.add("failed=" + failed);
    System.out.println("decoded " + String.join(" ", parts));
    int total = decoded.values().stream().mapToInt(Integer::intValue).sum();
    return failed == 0 && total > 0 ? 0 : 1;
  }

  private static void encode(Path schemaDir, String reportId, Path out) throws IOException {
    Schema nums = parse(schemaDir.resolve("nums.avsc"));
    Schema sector = nums.getField("sector").schema();
    Schema consent = nums.getField("consent").schema();
    Schema incidentTypes = nums.getField("incident_types").schema();
    // Only the fields without defaults, plus an incident type; the builder fills the rest.
    GenericRecord record = new GenericRecordBuilder(nums)
        .set("report_id", reportId)
        .set("received_at", Instant.parse("2026-11-14T23:30:00Z").toEpochMilli())
        .set("force_area", "West Yorkshire")
        .set("sector", new GenericData.EnumSymbol(sector, "street"))
        .set("incident_types", new GenericData.Array<>(incidentTypes,
            List.of(new GenericData.EnumSymbol(incidentTypes.getElementType(), "robbery"))))
        .set("consent", new GenericData.EnumSymbol(consent, "anonymous_intelligence"))
        .set("narrative", "A man in a grey van took the money back on Westgate and drove off.")
        .build();
    ByteBuffer buf = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), nums).encode(record);
    byte[] bytes = new byte[buf.remaining()];
    buf.get(bytes);
    Files.write(out, bytes);
    System.out.println("encoded " + reportId + " " + bytes.length + " bytes, header " + hex(java.util.Arrays.copyOf(bytes, 10)));
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }
}
