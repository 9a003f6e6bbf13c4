package vn.giupxa.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * In-memory counters that many request threads bump at once: a {@link LongAdder} per key, so
 * threads counting the same key (a day, an article) do not queue on one map entry. Draining
 * takes each sum and resets it without removing the key, so no increment is lost.
 */
final class Counters {

	private Counters() {
	}

	static <K> void increment(ConcurrentHashMap<K, LongAdder> counters, K key) {
		adder(counters, key).increment();
	}

	static <K> void add(ConcurrentHashMap<K, LongAdder> counters, K key, long amount) {
		adder(counters, key).add(amount);
	}

	/**
	 * The counts since the last drain (keys with nothing new left out). Keys that can no longer be
	 * counted ({@code finished}, such as a day two days ago) are removed once drained.
	 */
	static <K> Map<K, Long> drain(ConcurrentHashMap<K, LongAdder> counters, Predicate<K> finished) {
		Map<K, Long> counts = new HashMap<>();
		counters.forEach((key, adder) -> {
			if (finished.test(key)) {
				counters.remove(key, adder);
			}
			long count = adder.sumThenReset();
			if (count != 0) {
				counts.put(key, count);
			}
		});
		return counts;
	}

	private static <K> LongAdder adder(ConcurrentHashMap<K, LongAdder> counters, K key) {
		LongAdder adder = counters.get(key);
		return adder != null ? adder : counters.computeIfAbsent(key, k -> new LongAdder());
	}
}
