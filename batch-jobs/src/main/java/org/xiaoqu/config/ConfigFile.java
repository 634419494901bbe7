package org.xiaoqu.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shape of {@code xiaoqu.yaml} exactly as written (nothing resolved yet). Its JSON Schema is
 * {@code schemas/config/xiaoqu.schema.json} in the schemas module; keep the two in step.
 */
public record ConfigFile(
        @Nullable Store store,
        @Nullable Retention retention,
        @Nullable Defaults defaults,
        @Nullable List<Source> sources,
        @Nullable Credit credit) {

    /** {@code store:} where the data lives; the password only through {@code XIAOQU_DB_PASSWORD}. */
    public record Store(@Nullable String url, @Nullable String user, @Nullable String schema) {}

    /** {@code retention:} how much history {@code xiaoqu prune} keeps. */
    public record Retention(@Nullable Integer loads, @Nullable String runs) {}

    /** {@code defaults:} settings every source inherits unless it says otherwise. */
    public record Defaults(
            @Nullable String encoding,
            @JsonProperty("maxRejects") @Nullable Long maxRejects,
            @JsonProperty("maxRejectRatio") @Nullable Double maxRejectRatio) {}

    /** One entry of {@code sources:}. */
    public record Source(
            @Nullable String id,
            @Nullable String department,
            @Nullable String kind,
            @Nullable String file,
            @Nullable String encoding,
            @Nullable String sheet,
            @JsonProperty("businessDate") @Nullable String businessDate,
            @Nullable String crs,
            @JsonProperty("maxRejects") @Nullable Long maxRejects,
            @JsonProperty("maxRejectRatio") @Nullable Double maxRejectRatio,
            @Nullable LinkedHashMap<String, String> columns) {

        public Map<String, String> columnsOrEmpty() {
            return columns == null ? Map.of() : columns;
        }
    }

    /**
     * {@code credit:} how {@code xiaoqu credit reconcile} treats the credit sources (validated by {@code
     * org.xiaoqu.credit.CreditSettings}).
     */
    public record Credit(
            @Nullable String scheme,
            @Nullable String ledger,
            @JsonProperty("asOf") @Nullable String asOf,
            @Nullable List<String> precedence,
            @Nullable LinkedHashMap<String, List<String>> covers,
            @Nullable Tolerance tolerance) {}

    /** {@code credit.tolerance:} how far two reports of one event may differ and still agree. */
    public record Tolerance(@JsonProperty("eventDateDays") @Nullable Integer eventDateDays, @Nullable Double points) {}
}
