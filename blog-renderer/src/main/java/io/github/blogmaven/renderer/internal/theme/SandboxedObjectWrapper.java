package io.github.blogmaven.renderer.internal.theme;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How templates see the Java objects of the model. A theme may come from anywhere, so it gets data and nothing
 * else: the components of the view records ({@code post.title}), maps, lists, strings, numbers and booleans.
 * No other method of any object is reachable: not {@code getClass()} (so no {@code Class}, class loader or
 * reflection), not a record's own methods, not the getters of a {@code java.time} value that slipped into the
 * front matter (it prints as its {@code toString()}). A public record is a {@link RecordModel}, which reads each
 * component once; any other record is left to the bean wrapper under the same policy. A {@link Markup} is the HTML
 * it holds. Strings lose the characters XML 1.0 forbids, so a stray control character pasted into a title cannot
 * make a feed unreadable.
 */
final class SandboxedObjectWrapper extends DefaultObjectWrapper {
    private final Map<Class<?>, Optional<RecordModel.Shape>> shapes = new ConcurrentHashMap<>();

    SandboxedObjectWrapper(Version version) {
        super(settings(version), true);
    }

    private static DefaultObjectWrapperBuilder settings(Version version) {
        DefaultObjectWrapperBuilder settings = new DefaultObjectWrapperBuilder(version);
        settings.setExposeFields(false);
        settings.setMemberAccessPolicy(RecordComponentsOnly.INSTANCE);
        return settings;
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof String text) {
            return new SimpleScalar(XmlText.clean(text));
        }
        if (object instanceof Markup markup) {
            return markup.model();
        }
        if (object instanceof Record record) {
            RecordModel.Shape shape = shapes.computeIfAbsent(record.getClass(),
                    type -> Optional.ofNullable(RecordModel.Shape.of(type))).orElse(null);
            if (shape != null) {
                return new RecordModel(record, shape, this);
            }
        }
        return super.wrap(object);
    }

    /** Exposes the accessors of a record's components and no other member of any class. */
    static final class RecordComponentsOnly implements MemberAccessPolicy {
        // One instance, so FreeMarker's class introspection cache is shared by every build.
        static final RecordComponentsOnly INSTANCE = new RecordComponentsOnly();

        private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return false;
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };

        private RecordComponentsOnly() {
        }

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            if (!type.isRecord()) {
                return NOTHING;
            }
            Set<Method> accessors = new HashSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.add(component.getAccessor());
            }
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return accessors.contains(method);
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return false;
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return true;
        }
    }
}
