package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "CopyBatch", description = "The copies one batch numbered")
public record CopyBatchView(UUID documentId, int batch, String approval, List<CopyView> copies) {
}
