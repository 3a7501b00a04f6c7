/** The annotation code, loaded on first need: stored data, a selection, a passage link, a bookmark click. */
import { lazyWithPreload } from "../../shared/lazy-with-preload";

export const loadStudyLayer = () => import("./study-layer");

export const LazyAnnotationLayer = lazyWithPreload(() => import("./AnnotationLayer").then((m) => m.default));
