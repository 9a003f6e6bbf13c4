package vn.giupxa.system;

import java.util.Arrays;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * How the JDBC session's attributes become bytes and back: Java serialization, as Spring Session's own conversion,
 * with the signed-in user's security context read back once per distinct content. Deserializing that context (a
 * dozen classes described anew in every stream) was a tenth of the request thread's processor time of a signed-in
 * JSON read (bench/program, JFR). The same bytes give the same context, so its authentication is kept by the bytes it
 * came from, and each read gets a new {@link SecurityContextImpl} around it: signing out empties the context it was
 * given, never the kept one. The authentication and its principal are not changed after the login (the password hash
 * is erased before the context is first saved). Other attributes are deserialized every time, as before.
 */
final class SessionAttributeConversion implements ConversionService {

	private static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);

	/** At most this many contexts are kept (one per signed-in session at most); the least used are dropped beyond it. */
	static final int LIMIT = 2_000;

	private final SerializingConverter serializer = new SerializingConverter();

	private final DeserializingConverter deserializer;

	private final Cache<Content, Authentication> contexts = Caffeine.newBuilder().maximumSize(LIMIT).build();

	SessionAttributeConversion(ClassLoader classLoader) {
		this.deserializer = new DeserializingConverter(classLoader);
	}

	@Override
	public boolean canConvert(Class<?> sourceType, Class<?> targetType) {
		return sourceType == byte[].class || targetType == byte[].class;
	}

	@Override
	public boolean canConvert(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return sourceType == null || BYTES.equals(sourceType) || BYTES.equals(targetType);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T convert(Object source, Class<T> targetType) {
		return (T) convert(source, source == null ? null : TypeDescriptor.forObject(source), TypeDescriptor.valueOf(targetType));
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null) {
			return null;
		}
		try {
			return source instanceof byte[] bytes && !BYTES.equals(targetType) ? read(bytes) : serializer.convert(source);
		}
		catch (RuntimeException e) {
			throw new ConversionFailedException(sourceType, targetType, source, e);
		}
	}

	private Object read(byte[] bytes) {
		Content content = new Content(bytes);
		Authentication kept = contexts.getIfPresent(content);
		if (kept != null) {
			return new SecurityContextImpl(kept);
		}
		Object value = deserializer.convert(bytes);
		if (value instanceof SecurityContext context && value.getClass() == SecurityContextImpl.class
				&& context.getAuthentication() != null) {
			contexts.put(new Content(bytes.clone()), context.getAuthentication());
			return new SecurityContextImpl(context.getAuthentication());
		}
		return value;
	}

	/** Bytes compared by content. */
	private static final class Content {

		private final byte[] bytes;

		private final int hash;

		Content(byte[] bytes) {
			this.bytes = bytes;
			this.hash = Arrays.hashCode(bytes);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Content content && content.hash == hash && Arrays.equals(content.bytes, bytes);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}
}
