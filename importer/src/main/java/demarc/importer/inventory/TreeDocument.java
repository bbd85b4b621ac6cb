package demarc.importer.inventory;

import demarc.importer.document.DocNode;

/**
 * One inventory document of an import unit, already read or translated from another format: the file it came
 * from (errors and the report name it), its tree (every node with its line in that file) and the SHA-256 of the
 * file's content, which the :Source node keeps.
 */
public record TreeDocument(String file, DocNode tree, String contentSha256) {
}
