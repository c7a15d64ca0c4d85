// bad-word95.doc and bad-password.doc from word97-paragraph.doc; run in this folder, see README.md.
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import java.io.*;

// Word 6 and 95 write an nFib below 0x0069 at offset 2 of the WordDocument stream; HWPF refuses such files.
try (var fs = new POIFSFileSystem(new FileInputStream("word97-paragraph.doc"))) {
    byte[] b;
    try (var in = fs.createDocumentInputStream("WordDocument")) { b = in.readAllBytes(); }
    b[2] = 0x65;
    b[3] = 0x00;
    fs.getRoot().createOrUpdateDocument("WordDocument", new ByteArrayInputStream(b));
    try (var out = new FileOutputStream("bad-word95.doc")) { fs.writeFilesystem(out); }
}
// The RC4 CryptoAPI encryption Word 97-2003 writes, password gongkai.
try (var doc = new HWPFDocument(new FileInputStream("word97-paragraph.doc"))) {
    Biff8EncryptionKey.setCurrentUserPassword("gongkai");
    try (var out = new FileOutputStream("bad-password.doc")) { doc.write(out); }
    Biff8EncryptionKey.setCurrentUserPassword(null);
}
/exit
