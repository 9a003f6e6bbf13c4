package vn.giupxa.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The matrix page is kept until the request is done, then sent whole in its encoding with its length. */
class WholePageResponseTests {

	@Test
	void sendsWhatTheViewWroteOnceTheRequestIsDoneEncodedWithItsLength() throws Exception {
		MockHttpServletResponse server = new MockHttpServletResponse();
		new WholePageResponse.Filter().doFilter(new MockHttpServletRequest("GET", "/criteria-matrix"), server,
				(request, response) -> {
					response.setContentType("text/html;charset=UTF-8");
					response.getWriter().write("<td title=\"Đạt\">");
					response.getWriter().print('✓');
					response.getWriter().append("</td>").flush();
					assertThat(server.isCommitted()).as("nothing sent before the request is done").isFalse();
					assertThat(server.getContentAsByteArray()).isEmpty();
				});

		String page = "<td title=\"Đạt\">✓</td>";
		assertThat(server.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(page);
		assertThat(server.getContentLength()).isEqualTo(page.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void aPageLargerThanTheFirstBufferIsSentWholeWithCharactersSplitAcrossWrites() throws Exception {
		MockHttpServletResponse server = new MockHttpServletResponse();
		StringBuilder expected = new StringBuilder();
		new WholePageResponse.Filter().doFilter(new MockHttpServletRequest("GET", "/criteria-matrix"), server,
				(request, response) -> {
					response.setCharacterEncoding("UTF-8");
					for (int row = 0; row < 3_000; row++) {
						String line = "<tr><td>Xã Bắc Hà " + row + "</td><td title=\"Đạt\">✓</td></tr>\n";
						response.getWriter().write(line);
						expected.append(line);
					}
					// A character outside the basic plane written as its two halves, one write each.
					String face = "😀";
					response.getWriter().write(face.charAt(0));
					response.getWriter().write(face.charAt(1));
					expected.append(face);
				});

		byte[] sent = server.getContentAsByteArray();
		assertThat(sent.length).isGreaterThan(96 * 1024);
		assertThat(new String(sent, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
		assertThat(server.getContentLength()).isEqualTo(sent.length);
	}

	@Test
	void anErrorOrARedirectDropsWhatWasWritten() throws Exception {
		MockHttpServletResponse server = new MockHttpServletResponse();
		new WholePageResponse.Filter().doFilter(new MockHttpServletRequest("GET", "/criteria-matrix"), server,
				(request, response) -> {
					response.getWriter().write("half a page");
					((jakarta.servlet.http.HttpServletResponse) response).sendError(404);
				});
		assertThat(server.getStatus()).isEqualTo(404);
		assertThat(server.getContentAsString()).doesNotContain("half a page");

		MockHttpServletResponse redirected = new MockHttpServletResponse();
		new WholePageResponse.Filter().doFilter(new MockHttpServletRequest("GET", "/criteria-matrix"), redirected,
				(request, response) -> {
					response.getWriter().write("half a page");
					((jakarta.servlet.http.HttpServletResponse) response).sendRedirect("/login");
				});
		assertThat(redirected.getRedirectedUrl()).isEqualTo("/login");
		assertThat(redirected.getContentAsString()).isEmpty();
	}

	@Test
	void aFlushOfTheBufferSendsWhatWasWrittenAndTheRestFollows() throws Exception {
		MockHttpServletResponse server = new MockHttpServletResponse();
		WholePageResponse page = new WholePageResponse(server);
		page.setCharacterEncoding("UTF-8");
		page.getWriter().write("Xã ");
		page.flushBuffer();
		assertThat(server.isCommitted()).isTrue();
		page.getWriter().write("Bắc Hà");
		page.send();

		assertThat(server.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("Xã Bắc Hà");
	}

	@Test
	void aWriterAndAStreamAreNotBothGiven() throws Exception {
		WholePageResponse written = new WholePageResponse(new MockHttpServletResponse());
		written.getWriter();
		assertThatThrownBy(written::getOutputStream).isInstanceOf(IllegalStateException.class);

		WholePageResponse streamed = new WholePageResponse(new MockHttpServletResponse());
		streamed.getOutputStream().write(1);
		assertThatThrownBy(streamed::getWriter).isInstanceOf(IllegalStateException.class);
	}
}
