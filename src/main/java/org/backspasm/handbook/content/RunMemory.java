package org.backspasm.handbook.content;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one run made, by exactly what it was made from, with what the run before it made to take from. The
 * preview hands {@link #next} from rebuild to rebuild: it keeps only what this run used, so a long preview does
 * not grow, and a key that holds all a value depends on can never bring back a stale one.
 */
public final class RunMemory<K, V> {

    private final Map<K, V> earlier;
    private final Map<K, V> now = new ConcurrentHashMap<>();

    /** Nothing made yet. */
    public RunMemory() {
        this(Map.of());
    }

    private RunMemory(Map<K, V> earlier) {
        this.earlier = earlier;
    }

    /** What this run used, for the next one. */
    public RunMemory<K, V> next() {
        return new RunMemory<>(Map.copyOf(now));
    }

    /** The value made from {@code key} in this run or the last (then kept for the next), or empty. */
    public Optional<V> known(K key) {
        V value = now.containsKey(key) ? now.get(key) : earlier.get(key);
        if (value != null) {
            now.put(key, value);
        }
        return Optional.ofNullable(value);
    }

    /**
     * The value known for {@code key}, or the one {@code make} makes now. {@code make} runs outside any lock, so
     * what it throws (a StackOverflowError from a page nested too deep) is the caller's; two threads asking for
     * the same new key may both make it, and the first one kept is the one both get.
     */
    public V get(K key, Function<? super K, ? extends V> make) {
        Optional<V> known = known(key);
        if (known.isPresent()) {
            return known.get();
        }
        V made = make.apply(key);
        V first = now.putIfAbsent(key, made);
        return first == null ? made : first;
    }
}
