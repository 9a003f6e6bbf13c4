package vn.giupxa.system;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributeConversionTests {

	private static final TypeDescriptor OBJECT = TypeDescriptor.valueOf(Object.class);

	private static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);

	private final SessionAttributeConversion conversion = new SessionAttributeConversion(getClass().getClassLoader());

	@Test
	void aSecurityContextIsReadOnceByItsBytesAndEachReadGetsItsOwnContext() {
		byte[] bytes = bytes(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("vpdp", null,
				List.of(new SimpleGrantedAuthority("ROLE_COORDINATION_OFFICE")))));

		SecurityContext first = (SecurityContext) read(bytes);
		SecurityContext second = (SecurityContext) read(bytes.clone());

		assertThat(first).isNotSameAs(second).isInstanceOf(SecurityContextImpl.class);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		assertThat(second.getAuthentication().getName()).isEqualTo("vpdp");
		assertThat(second.getAuthentication().getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_COORDINATION_OFFICE");
		// Signing out empties the context of that request, not the one the next request reads
		first.setAuthentication(null);
		assertThat(((SecurityContext) read(bytes)).getAuthentication().getName()).isEqualTo("vpdp");
	}

	@Test
	void otherBytesGiveTheirOwnContext() {
		SecurityContext vpdp = (SecurityContext) read(bytes(new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated("vpdp", null, List.of()))));
		SecurityContext commune = (SecurityContext) read(bytes(new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated("xa.bacha", null, List.of()))));

		assertThat(vpdp.getAuthentication().getName()).isEqualTo("vpdp");
		assertThat(commune.getAuthentication().getName()).isEqualTo("xa.bacha");
	}

	@Test
	void otherAttributesAreDeserializedEachTime() {
		byte[] bytes = bytes(new ArrayList<>(List.of("vi")));

		Object first = read(bytes);

		assertThat(first).isEqualTo(List.of("vi")).isNotSameAs(read(bytes));
		assertThat(read(bytes(new SecurityContextImpl()))).isInstanceOf(SecurityContextImpl.class)
			.extracting(context -> ((SecurityContext) context).getAuthentication()).isNull();
	}

	private byte[] bytes(Object value) {
		return (byte[]) conversion.convert(value, OBJECT, BYTES);
	}

	private Object read(byte[] bytes) {
		return conversion.convert(bytes, BYTES, OBJECT);
	}
}
