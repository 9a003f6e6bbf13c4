package vn.giupxa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class ReadLogTests {

	@Test
	void everyReadIsDrainedOnceInTheOrderItsThreadRecordedIt() {
		ReadLog log = new ReadLog();
		// More than a chunk, so that reads span several.
		for (long i = 0; i < 10_000; i++) {
			log.add(i, -i, i * 2, 7);
		}
		List<long[]> drained = new ArrayList<>();
		log.drain((first, second, third, fourth) -> drained.add(new long[] { first, second, third, fourth }));
		assertThat(drained).hasSize(10_000);
		for (int i = 0; i < drained.size(); i++) {
			assertThat(drained.get(i)).containsExactly(i, -i, i * 2L, 7);
		}
		List<long[]> again = new ArrayList<>();
		log.drain((first, second, third, fourth) -> again.add(new long[] { first }));
		assertThat(again).isEmpty();
	}

	@Test
	void readsRecordedWhileDrainingAreKeptForTheNextDrainAndThreadsThatEndedLoseNothing() throws Exception {
		ReadLog log = new ReadLog();
		int threads = 4;
		int perThread = 50_000;
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> recorders = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			long thread = t;
			Thread recorder = new Thread(() -> {
				try {
					start.await();
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				for (long i = 0; i < perThread; i++) {
					log.add(thread, i, 0, 0);
				}
			});
			recorder.start();
			recorders.add(recorder);
		}
		long[] seen = new long[threads];
		long[] next = new long[threads];
		boolean[] inOrder = { true };
		ReadLog.Reader count = (thread, i, unused, alsoUnused) -> {
			inOrder[0] &= next[(int) thread] == i;
			next[(int) thread] = i + 1;
			seen[(int) thread]++;
		};
		start.countDown();
		while (recorders.stream().anyMatch(Thread::isAlive)) {
			log.drain(count);
		}
		for (Thread recorder : recorders) {
			recorder.join();
		}
		log.drain(count);
		assertThat(seen).containsOnly(perThread);
		assertThat(inOrder[0]).isTrue();
	}
}
