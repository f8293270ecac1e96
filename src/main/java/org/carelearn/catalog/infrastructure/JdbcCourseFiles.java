package org.carelearn.catalog.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.carelearn.catalog.domain.CourseFiles;
import org.carelearn.catalog.domain.PackageFile;

/**
 * COURSE_FILE through the container's JTA datasource: an import's inserts join its transaction (and the
 * connection EclipseLink uses for the version row), and reads stream the BLOB to the caller in pieces.
 */
@ApplicationScoped
public class JdbcCourseFiles implements CourseFiles {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public void add(long versionId, PackageFile file, InputStream content) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO COURSE_FILE (VERSION_ID, PATH,"
                        + " MEDIA_TYPE, BYTE_SIZE, SHA256, CONTENT) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, versionId);
            insert.setString(2, file.path());
            insert.setString(3, file.mediaType());
            insert.setLong(4, file.size());
            insert.setString(5, file.sha256());
            insert.setBinaryStream(6, content, file.size());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the package file " + file.path(), e);
        }
    }

    @Override
    public Optional<PackageFile> find(long versionId, String path) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT MEDIA_TYPE, BYTE_SIZE, SHA256 FROM COURSE_FILE WHERE VERSION_ID = ? AND PATH = ?")) {
            select.setLong(1, versionId);
            select.setString(2, path);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PackageFile(path, row.getString(1), row.getLong(2), row.getString(3).strip()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a package file", e);
        }
    }

    @Override
    public boolean copy(long versionId, String path, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT CONTENT FROM COURSE_FILE WHERE VERSION_ID = ? AND PATH = ?")) {
            select.setLong(1, versionId);
            select.setString(2, path);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                try (InputStream content = row.getBinaryStream(1)) {
                    content.transferTo(out);
                }
                return true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a package file", e);
        }
    }
}
