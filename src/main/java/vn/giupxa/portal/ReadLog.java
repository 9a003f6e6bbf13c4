package vn.giupxa.portal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Page reads as request threads record them, kept as four numbers each in the recording thread's
 * own buffer until a counter's flush takes them all. Recording is four array stores under the
 * thread's own, uncontended lock: no map look-up and no object per read on the request path. The
 * counters' maps are updated in one pass by the flushing thread instead, where they stay in the
 * processor's caches; looked up by every request, in maps of thousands of readers, each look-up was
 * a chain of cache misses.
 */
final class ReadLog {

	/** Reads per chunk of a buffer (32 KiB of numbers): each request thread that has recorded since the last flush holds one. */
	private static final int CHUNK_READS = 1024;

	/** Empty chunks kept for reuse (16 MiB at most): under steady load the buffers allocate nothing. */
	private static final int SPARE_LIMIT = 512;

	private final Queue<Buffer> buffers = new ConcurrentLinkedQueue<>();

	private final Queue<long[]> spare = new ConcurrentLinkedQueue<>();

	private final AtomicInteger spareCount = new AtomicInteger();

	private final ThreadLocal<Buffer> local = ThreadLocal.withInitial(this::newBuffer);

	/** Records one read as four numbers (what they mean is the counter's business). */
	void add(long first, long second, long third, long fourth) {
		local.get().add(first, second, third, fourth);
	}

	/**
	 * Hands every read recorded so far to {@code reader} (in the order each thread recorded them) and
	 * forgets them. Reads recorded meanwhile are kept for the next drain.
	 */
	void drain(Reader reader) {
		for (Iterator<Buffer> each = buffers.iterator(); each.hasNext();) {
			Buffer buffer = each.next();
			// Asked before taking: a thread seen ended has recorded all it ever will, so this take holds its last
			// reads and its buffer can go. Asked after, a thread that recorded between the take and its end lost
			// those reads with its buffer (ReadLogTests caught it on a busy machine: 31,944 of 50,000).
			boolean ended = !buffer.owner.isAlive();
			Taken taken = buffer.take();
			if (ended) {
				each.remove();
			}
			for (int c = 0; c < taken.chunks.size(); c++) {
				long[] chunk = taken.chunks.get(c);
				int end = c == taken.chunks.size() - 1 ? taken.size : chunk.length;
				for (int i = 0; i < end; i += 4) {
					reader.read(chunk[i], chunk[i + 1], chunk[i + 2], chunk[i + 3]);
				}
				giveBack(chunk);
			}
		}
	}

	private Buffer newBuffer() {
		Buffer buffer = new Buffer(Thread.currentThread(), chunk());
		buffers.add(buffer);
		return buffer;
	}

	private long[] chunk() {
		long[] chunk = spare.poll();
		if (chunk == null) {
			return new long[CHUNK_READS * 4];
		}
		spareCount.decrementAndGet();
		return chunk;
	}

	private void giveBack(long[] chunk) {
		if (spareCount.incrementAndGet() <= SPARE_LIMIT) {
			spare.add(chunk);
		}
		else {
			spareCount.decrementAndGet();
		}
	}

	/** What a drain does with each read. */
	@FunctionalInterface
	interface Reader {

		void read(long first, long second, long third, long fourth);
	}

	/** The chunks a buffer held when drained; the last one filled up to {@code size} numbers. */
	private record Taken(List<long[]> chunks, int size) {
	}

	/** One thread's reads: full chunks, then the one being filled. */
	private final class Buffer {

		private final Thread owner;

		private List<long[]> full = new ArrayList<>();

		private long[] current;

		private int size;

		Buffer(Thread owner, long[] current) {
			this.owner = owner;
			this.current = current;
		}

		synchronized void add(long first, long second, long third, long fourth) {
			if (size == current.length) {
				full.add(current);
				current = chunk();
				size = 0;
			}
			long[] chunk = current;
			chunk[size] = first;
			chunk[size + 1] = second;
			chunk[size + 2] = third;
			chunk[size + 3] = fourth;
			size += 4;
		}

		synchronized Taken take() {
			if (size == 0 && full.isEmpty()) {
				return new Taken(List.of(), 0);
			}
			List<long[]> chunks = full;
			chunks.add(current);
			Taken taken = new Taken(chunks, size);
			full = new ArrayList<>();
			current = chunk();
			size = 0;
			return taken;
		}
	}
}
