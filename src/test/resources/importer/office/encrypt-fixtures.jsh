// Writes the password-protected fixtures (password: gongkai) with Apache POI, once; see README.md.
import java.io.*;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

// The agile encryption Word and Excel 2010 and later use for "Encrypt with password".
void encryptOoxml(String from, String to) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("gongkai");
        try (OPCPackage opc = OPCPackage.open(new FileInputStream(from));
             OutputStream out = encryptor.getDataStream(fs)) {
            opc.save(out);
        }
        try (FileOutputStream out = new FileOutputStream(to)) {
            fs.writeFilesystem(out);
        }
    }
}

// The RC4 CryptoAPI encryption Excel 97-2003 uses for a password to open.
void encryptXls(String from, String to) throws Exception {
    try (HSSFWorkbook book = new HSSFWorkbook(new FileInputStream(from))) {
        Biff8EncryptionKey.setCurrentUserPassword("gongkai");
        try (FileOutputStream out = new FileOutputStream(to)) {
            book.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }
}

encryptOoxml("huaiyuan-2024.docx", "bad-password.docx");
encryptOoxml("huaiyuan-2024.xlsx", "bad-password.xlsx");
encryptXls("huaiyuan-2024.xls", "bad-password.xls");
/exit
