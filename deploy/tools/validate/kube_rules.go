package main

import (
	"fmt"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime"
)

// workloadRules: what the API server would accept but the project refuses (or what it would only
// reject at apply time): pods that could run as root, containers without image, probes or limits,
// selectors that miss their own pods, autoscalers and services pointing at nothing.
func workloadRules(objects []runtime.Object) []string {
	var problems []string
	deployments := map[string]*appsv1.Deployment{}
	for _, o := range objects {
		if d, ok := o.(*appsv1.Deployment); ok {
			deployments[d.Name] = d
		}
	}
	for _, o := range objects {
		switch obj := o.(type) {
		case *appsv1.Deployment:
			where := "Deployment/" + obj.Name
			sel, err := metaSelector(obj.Spec.Selector)
			if err != nil || sel.Empty() || !sel.Matches(labels.Set(obj.Spec.Template.Labels)) {
				problems = append(problems, where+": selector does not match the pod template's labels")
			}
			problems = append(problems, podRules(where, obj.Spec.Template.Spec, true)...)
		case *batchv1.Job:
			problems = append(problems, podRules("Job/"+obj.Name, obj.Spec.Template.Spec, false)...)
		case *autoscalingv2.HorizontalPodAutoscaler:
			ref := obj.Spec.ScaleTargetRef
			if ref.Kind != "Deployment" || deployments[ref.Name] == nil {
				problems = append(problems, fmt.Sprintf("HorizontalPodAutoscaler/%s: targets %s/%s, not a Deployment of this chart", obj.Name, ref.Kind, ref.Name))
			}
			if obj.Spec.MinReplicas == nil || *obj.Spec.MinReplicas < 1 || obj.Spec.MaxReplicas < *obj.Spec.MinReplicas {
				problems = append(problems, "HorizontalPodAutoscaler/"+obj.Name+": minReplicas/maxReplicas out of order")
			}
		case *corev1.Service:
			matched := false
			for _, d := range deployments {
				if len(obj.Spec.Selector) > 0 && labels.SelectorFromSet(obj.Spec.Selector).Matches(labels.Set(d.Spec.Template.Labels)) {
					matched = true
				}
			}
			if !matched {
				problems = append(problems, "Service/"+obj.Name+": selects no Deployment's pods")
			}
		}
	}
	return problems
}

func podRules(where string, pod corev1.PodSpec, longRunning bool) []string {
	var problems []string
	psc := pod.SecurityContext
	if psc == nil || psc.RunAsNonRoot == nil || !*psc.RunAsNonRoot {
		problems = append(problems, where+": pod securityContext.runAsNonRoot is not true")
	}
	if psc != nil && psc.RunAsUser != nil && *psc.RunAsUser == 0 {
		problems = append(problems, where+": pod runs as uid 0")
	}
	for _, c := range pod.Containers {
		at := fmt.Sprintf("%s container %s", where, c.Name)
		if c.Image == "" {
			problems = append(problems, at+": no image")
		}
		sc := c.SecurityContext
		if sc == nil || sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
			problems = append(problems, at+": allowPrivilegeEscalation is not false")
		}
		if sc != nil && sc.Privileged != nil && *sc.Privileged {
			problems = append(problems, at+": privileged")
		}
		if c.Resources.Requests.Cpu().IsZero() || c.Resources.Requests.Memory().IsZero() || c.Resources.Limits.Memory().IsZero() {
			problems = append(problems, at+": resources need cpu/memory requests and a memory limit")
		}
		if longRunning && (c.LivenessProbe == nil || c.ReadinessProbe == nil) {
			problems = append(problems, at+": liveness and readiness probes are required")
		}
		for _, p := range []*corev1.Probe{c.LivenessProbe, c.ReadinessProbe} {
			if p != nil && p.HTTPGet != nil && p.HTTPGet.Port.StrVal != "" && !hasPort(c, p.HTTPGet.Port.StrVal) {
				problems = append(problems, fmt.Sprintf("%s: probe port %q is not a container port", at, p.HTTPGet.Port.StrVal))
			}
		}
	}
	return problems
}

func hasPort(c corev1.Container, name string) bool {
	for _, p := range c.Ports {
		if p.Name == name {
			return true
		}
	}
	return false
}

// summarize gives the test what it asserts on: per workload, its probes, user and secret references.
func summarize(objects []runtime.Object) map[string]any {
	out := map[string]any{}
	for _, o := range objects {
		var name string
		var pod corev1.PodSpec
		var annotations map[string]string
		switch obj := o.(type) {
		case *appsv1.Deployment:
			name, pod, annotations = "Deployment/"+obj.Name, obj.Spec.Template.Spec, obj.Annotations
		case *batchv1.Job:
			name, pod, annotations = "Job/"+obj.Name, obj.Spec.Template.Spec, obj.Annotations
		default:
			continue
		}
		containers := []map[string]any{}
		for _, c := range pod.Containers {
			secretRefs := map[string]string{}
			plain := []string{}
			for _, e := range c.Env {
				if e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil {
					secretRefs[e.Name] = e.ValueFrom.SecretKeyRef.Name + "/" + e.ValueFrom.SecretKeyRef.Key
				} else {
					plain = append(plain, e.Name)
				}
			}
			containers = append(containers, map[string]any{
				"name":       c.Name,
				"image":      c.Image,
				"liveness":   probePath(c.LivenessProbe),
				"readiness":  probePath(c.ReadinessProbe),
				"secretEnv":  secretRefs,
				"plainEnv":   plain,
				"readOnlyFs": c.SecurityContext != nil && c.SecurityContext.ReadOnlyRootFilesystem != nil && *c.SecurityContext.ReadOnlyRootFilesystem,
			})
		}
		out[name] = map[string]any{
			"serviceAccount": pod.ServiceAccountName,
			"annotations":    annotations,
			"containers":     containers,
		}
	}
	return out
}

func probePath(p *corev1.Probe) string {
	switch {
	case p == nil:
		return ""
	case p.HTTPGet != nil:
		return fmt.Sprintf("GET %s@%s", p.HTTPGet.Path, p.HTTPGet.Port.String())
	case p.Exec != nil:
		return "exec"
	case p.TCPSocket != nil:
		return "tcp@" + p.TCPSocket.Port.String()
	default:
		return "other"
	}
}
