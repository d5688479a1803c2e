package no.lis.tender.shared.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy PrimeFaces table over a paged query of a use-case layer: only the visible page is read.
 * The filters come from the view's own form fields (held by the {@code counter} and {@code loader}),
 * the sort from the table's column header, mapped to a whitelisted sort constant.
 *
 * @param <T> the row type
 * @param <S> the sort constants of the query
 */
public class PagedModel<T, S extends Enum<S>> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Counts the rows that the current filters select. */
    public interface Counter extends Serializable {
        long count();
    }

    /** Reads one page of rows in the given order. */
    public interface Loader<T, S> extends Serializable {
        List<T> load(int first, int max, S sort, boolean ascending);
    }

    /** The key of a row, for selection. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Counter counter;
    private final Loader<T, S> loader;
    private final Class<S> sorts;
    private final S defaultSort;
    private final boolean defaultAscending;
    private final Key<T> key;

    public PagedModel(Counter counter, Loader<T, S> loader, Class<S> sorts, S defaultSort, boolean defaultAscending,
                      Key<T> key) {
        this.counter = counter;
        this.loader = loader;
        this.sorts = sorts;
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        S sort = defaultSort;
        boolean ascending = defaultAscending;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != null && !meta.getOrder().isUnsorted() && meta.getField() != null) {
                S column = sortOf(meta.getField());
                if (column != null) {
                    sort = column;
                    ascending = meta.getOrder().isAscending();
                }
                break;
            }
        }
        return loader.load(first, pageSize, sort, ascending);
    }

    /** The sort constant for a column field: {@code submissionDeadline} is SUBMISSION_DEADLINE; others are not sortable. */
    private S sortOf(String field) {
        String wanted = field.replace("_", "");
        for (S constant : sorts.getEnumConstants()) {
            if (constant.name().replace("_", "").equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        return null;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
