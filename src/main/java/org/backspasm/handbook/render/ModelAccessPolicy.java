package org.backspasm.handbook.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What a template may call: the accessors and small helpers of the handbook's own records and enums, when they
 * return plain data (text, numbers, yes/no, lists, maps or another of these records, or an Optional of one,
 * which a template sees as the value or as missing). Nothing else: no method of a library or JDK object, no
 * constructor, no field, no accessor that returns a file path.
 * So a clinic's template override can read the handbook and nothing more.
 */
final class ModelAccessPolicy implements MemberAccessPolicy {

    private static final String OURS = "org.backspasm.handbook.";
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "getClass");

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        boolean ours = isOurData(contextClass);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return ours && isOurData(method.getDeclaringClass()) && !Modifier.isStatic(method.getModifiers())
                        && !OBJECT_METHODS.contains(method.getName()) && returnsPlainData(method.getGenericReturnType());
            }

            @Override
            public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(java.lang.reflect.Field field) {
                return false;
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return false;
    }

    /** A record or enum of the handbook's own: the data the build hands to templates. */
    private static boolean isOurData(Class<?> type) {
        return type.getName().startsWith(OURS) && (type.isRecord() || type.isEnum());
    }

    /** Plain data, or an Optional of plain data. */
    private static boolean returnsPlainData(java.lang.reflect.Type type) {
        if (type instanceof java.lang.reflect.ParameterizedType generic) {
            return generic.getRawType() == java.util.Optional.class
                    ? generic.getActualTypeArguments()[0] instanceof Class<?> inside && returnsPlainData(inside)
                    : returnsPlainData(generic.getRawType());
        }
        return type instanceof Class<?> plain && returnsPlainData(plain);
    }

    private static boolean returnsPlainData(Class<?> type) {
        return type.isPrimitive() || type == String.class || Number.class.isAssignableFrom(type)
                || type == Boolean.class || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || isOurData(type);
    }
}
