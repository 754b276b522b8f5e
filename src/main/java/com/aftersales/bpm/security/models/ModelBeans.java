package com.aftersales.bpm.security.models;

import com.aftersales.bpm.common.ModelBean;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The beans that models may name ({@link ModelBean}), found by scanning the application's own
 * classes, so the list is known before any bean is created (the engine deploys our models while
 * the application context is still starting).
 */
public final class ModelBeans {

  private final Map<String, Class<?>> types;

  private ModelBeans(Map<String, Class<?>> types) {
    this.types = Map.copyOf(types);
  }

  /** Every {@link ModelBean} class below the given package. */
  public static ModelBeans scan(String basePackage) {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ModelBean.class));
    Map<String, Class<?>> types = new LinkedHashMap<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), ModelBeans.class.getClassLoader());
      types.put(type.getAnnotation(ModelBean.class).value(), type);
    }
    return new ModelBeans(types);
  }

  public static ModelBeans of(Map<String, Class<?>> types) {
    return new ModelBeans(types);
  }

  public boolean isBean(String name) {
    return types.containsKey(name);
  }

  public Set<String> names() {
    return types.keySet();
  }

  /** The public methods the bean's own class declares (not those of Object or a proxy). */
  public Set<String> methodsOf(String name) {
    Class<?> type = types.get(name);
    if (type == null) {
      return Set.of();
    }
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .map(Method::getName).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The map the engine resolves expression names in: only model beans, each fetched from Spring
   * when an expression first names it.
   */
  public Map<Object, Object> asEngineBeans(BeanFactory beanFactory) {
    return new AbstractMap<>() {
      @Override
      public boolean containsKey(Object key) {
        return key instanceof String name && isBean(name);
      }

      @Override
      public Object get(Object key) {
        return containsKey(key) ? beanFactory.getBean((String) key) : null;
      }

      @Override
      public Set<Entry<Object, Object>> entrySet() {
        return types.keySet().stream()
            .map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, get(name)))
            .collect(Collectors.toUnmodifiableSet());
      }
    };
  }
}
