package io.github.blogmaven.renderer.internal.theme;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A record as templates see it, as FreeMarker's bean wrapper shows a record under {@link SandboxedObjectWrapper}'s
 * policy: its components by name ({@code post.title}) or called ({@code post.title()}), and its {@code toString()}
 * when printed; nothing else. Each component is read and wrapped the first time a template asks for it and kept,
 * since records are immutable: the bean wrapper read and wrapped it again on every access, through its class
 * introspection, reflection and a new model each time, for every post a list page shows. Thread-safe.
 */
final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel, TemplateScalarModel,
        AdapterTemplateModel, WrapperTemplateModel {
    /** Stands for a component whose value is null, so a kept null is told from one not read yet. */
    private static final TemplateModel NULL = new TemplateModel() {
    };

    /** The components of one record class, in declaration order. */
    static final class Shape {
        private final String[] names;
        private final Method[] accessors;
        private final Map<String, Integer> indexes = new HashMap<>();

        private Shape(String[] names, Method[] accessors) {
            this.names = names;
            this.accessors = accessors;
            for (int i = 0; i < names.length; i++) {
                indexes.put(names[i], i);
            }
        }

        /** The shape of {@code type}; null when its accessors cannot be called from here (a record not public). */
        static Shape of(Class<?> type) {
            if (!isPublic(type)) {
                return null;
            }
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                accessors[i] = components[i].getAccessor();
                // Public already; this only spares each call Method.invoke's access check, which walks the stack
                // to find its caller (over half a percent of a build). Where it is refused, invoke checks.
                accessors[i].trySetAccessible();
            }
            return new Shape(names, accessors);
        }

        private static boolean isPublic(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
                if (!Modifier.isPublic(c.getModifiers())) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Record record;
    private final Shape shape;
    private final ObjectWrapper wrapper;
    private final AtomicReferenceArray<TemplateModel> values;

    RecordModel(Record record, Shape shape, ObjectWrapper wrapper) {
        this.record = record;
        this.shape = shape;
        this.wrapper = wrapper;
        this.values = new AtomicReferenceArray<>(shape.names.length);
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Integer index = shape.indexes.get(key);
        return index == null ? null : value(index);
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) {
        Integer index = shape.indexes.get(key);
        if (index == null) {
            return null;
        }
        return (TemplateMethodModelEx) arguments -> {
            if (!arguments.isEmpty()) {
                throw new TemplateModelException(key + "() takes no arguments");
            }
            return value(index);
        };
    }

    private TemplateModel value(int index) throws TemplateModelException {
        TemplateModel value = values.get(index);
        if (value == null) {
            Object component;
            try {
                component = shape.accessors[index].invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + shape.names[index] + " of "
                        + record.getClass().getSimpleName(), e);
            }
            TemplateModel wrapped = wrapper.wrap(component);
            value = wrapped == null ? NULL : wrapped;
            values.compareAndSet(index, null, value);
        }
        return value == NULL ? null : value;
    }

    @Override
    public int size() {
        return shape.names.length;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public TemplateCollectionModel keys() {
        return new SimpleCollection(Arrays.asList(shape.names), wrapper);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<TemplateModel> all = new ArrayList<>(shape.names.length);
        for (int i = 0; i < shape.names.length; i++) {
            all.add(value(i));
        }
        return new SimpleCollection(all, wrapper);
    }

    @Override
    public String getAsString() {
        return record.toString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return record;
    }

    @Override
    public Object getWrappedObject() {
        return record;
    }
}
