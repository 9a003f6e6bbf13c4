package vn.giupxa.audit;

import java.lang.reflect.Field;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.giupxa.shared.Sensitive;

/**
 * Writes an audit event for every entity insert, update and delete, on the flushing session's
 * connection, so the trail commits or rolls back with the change. Fields marked {@link Sensitive}
 * are stored as "***"; collections are left out (their owners' versions still show the change).
 */
@Component
class EntityChangeAuditor implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private static final String MASK = "***";

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<Class<?>, Set<String>> sensitiveFields = new ConcurrentHashMap<>();

	EntityChangeAuditor(EntityManagerFactory entityManagerFactory) {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.getService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		write(event.getSession(), AuditAction.CREATE, event.getPersister(), event.getId(), null, event.getState());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		write(event.getSession(), AuditAction.UPDATE, event.getPersister(), event.getId(), event.getOldState(),
				event.getState());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		write(event.getSession(), AuditAction.DELETE, event.getPersister(), event.getId(), event.getDeletedState(),
				null);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void write(SharedSessionContractImplementor session, AuditAction action, EntityPersister persister, Object id,
			Object[] before, Object[] after) {
		String type = persister.getMappedClass().getSimpleName();
		String beforeJson = toJson(persister, before);
		String afterJson = toJson(persister, after);
		session.doWork(connection -> AuditTrail.insert(connection, action, type, id, beforeJson, afterJson));
	}

	private String toJson(EntityPersister persister, Object[] state) {
		if (state == null) {
			return null;
		}
		Set<String> secret = sensitiveFields.computeIfAbsent(persister.getMappedClass(), EntityChangeAuditor::sensitiveOf);
		String[] names = persister.getPropertyNames();
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			Object value = state[i];
			if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
				continue;
			}
			values.put(names[i], secret.contains(names[i]) && value != null ? MASK : plain(value));
		}
		return json.writeValueAsString(values);
	}

	private static Object plain(Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		if (value instanceof Enum<?> || value instanceof Temporal) {
			return value.toString();
		}
		return String.valueOf(value);
	}

	private static Set<String> sensitiveOf(Class<?> type) {
		Set<String> names = new java.util.HashSet<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				if (field.isAnnotationPresent(Sensitive.class)) {
					names.add(field.getName());
				}
			}
		}
		return Set.copyOf(names);
	}
}
