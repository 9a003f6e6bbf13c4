package vn.giupxa.program;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.task.TaskDecorator;
import org.thymeleaf.context.LazyContextVariable;

import vn.giupxa.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The matrix page's background read: on its own threads while there is one free, otherwise on the caller's. */
class MatrixPageReadsTests {

	private final List<String> decorated = new ArrayList<>();

	private final MatrixPageReads reads = new MatrixPageReads(new StaticListableBeanFactory()
		.getBeanProvider(TaskDecorator.class));

	@AfterEach
	void stop() {
		reads.destroy();
	}

	@Test
	void aReadRunsOnABackgroundThreadAndThePageWaitsForItWhereItShowsIt() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> read = reads.start(() -> {
			await(release);
			return Thread.currentThread().getName();
		});
		LazyContextVariable<Integer> length = MatrixPageReads.awaited(read, String::length);
		assertThat(read).isNotDone();
		release.countDown();
		assertThat(read.get(10, TimeUnit.SECONDS)).startsWith("matrix-read-");
		assertThat(length.getValue()).isEqualTo(read.get().length());
	}

	@Test
	void whenEveryThreadIsBusyTheCallerReadsItselfBeforeGoingOn() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		List<CompletableFuture<String>> busy = new ArrayList<>();
		for (int i = 0; i < MatrixPageReads.THREADS; i++) {
			busy.add(reads.start(() -> {
				await(release);
				return Thread.currentThread().getName();
			}));
		}
		CompletableFuture<String> own = reads.start(() -> Thread.currentThread().getName());
		assertThat(own).isDone();
		assertThat(own.get()).isEqualTo(Thread.currentThread().getName());
		release.countDown();
		assertThat(busy.stream().map(CompletableFuture::join).distinct()).hasSize(MatrixPageReads.THREADS)
			.allMatch(name -> name.startsWith("matrix-read-"));
	}

	@Test
	void thePageFailsWithTheReadsOwnExceptionSoItsMessageIsShown() {
		CompletableFuture<String> read = reads.start(() -> {
			throw new NotFoundException("program.province.notFound", "99");
		});
		assertThatThrownBy(() -> MatrixPageReads.awaited(read, String::length).getValue())
			.isInstanceOf(NotFoundException.class)
			.hasMessageContaining("program.province.notFound");
	}

	@Test
	void theApplicationsTaskDecoratorWrapsEachRead() throws Exception {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("decorator", (TaskDecorator) task -> () -> {
			decorated.add(Thread.currentThread().getName());
			task.run();
		});
		MatrixPageReads decorating = new MatrixPageReads(beans.getBeanProvider(TaskDecorator.class));
		try {
			assertThat(decorating.start(() -> "read").get(10, TimeUnit.SECONDS)).isEqualTo("read");
			assertThat(decorated).singleElement().asString().startsWith("matrix-read-");
		}
		finally {
			decorating.destroy();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("not released");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
