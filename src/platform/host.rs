//! What this machine offers to workers, reported by `everai resources` and
//! checked when an app is created (an app asking more than the host has
//! fails at create instead of leaving a worker stuck starting).

use std::process::Command;

#[derive(Debug, Clone)]
pub struct Host {
    pub cpus: u32,
    pub memory_bytes: u64,
    pub cpu_model: String,
    pub gpus: Vec<String>,
    pub region: String,
}

impl Host {
    pub fn detect() -> Host {
        let cpus = std::thread::available_parallelism()
            .map(|n| n.get() as u32)
            .unwrap_or(1);
        Host {
            cpus,
            memory_bytes: memory_bytes().unwrap_or(0),
            cpu_model: cpu_model().unwrap_or_else(|| std::env::consts::ARCH.to_string()),
            gpus: nvidia_gpus(),
            region: "local".to_string(),
        }
    }

    /// Why an app's resource request cannot run here, if it cannot.
    pub fn check(&self, cpu: i64, memory_bytes: u64, gpu: i64) -> Result<(), TooBig> {
        if cpu > i64::from(self.cpus) {
            return Err(TooBig::Cpu {
                asked: cpu,
                host: self.cpus,
            });
        }
        if self.memory_bytes > 0 && memory_bytes > self.memory_bytes {
            return Err(TooBig::Memory {
                asked_mib: memory_bytes / (1024 * 1024),
                host_mib: self.memory_bytes / (1024 * 1024),
            });
        }
        if gpu > self.gpus.len() as i64 {
            return Err(TooBig::Gpu {
                asked: gpu,
                host: self.gpus.len(),
            });
        }
        Ok(())
    }
}

/// A resource request this host cannot satisfy.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TooBig {
    #[error("spec.resource.cpu is {asked} but this host has {host} CPUs; lower it (see `everai resources --cpus`)")]
    Cpu { asked: i64, host: u32 },
    #[error(
        "spec.resource.memory asks {asked_mib} MiB but this host has {host_mib} MiB; lower it"
    )]
    Memory { asked_mib: u64, host_mib: u64 },
    #[error("spec.resource.gpu is {asked} but this host has {host} GPUs; lower it (see `everai resources --gpus`)")]
    Gpu { asked: i64, host: usize },
}

fn memory_bytes() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

fn cpu_model() -> Option<String> {
    let text = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("model name"))?;
    Some(line.split_once(':')?.1.trim().to_string())
}

/// GPU names as `nvidia-smi` lists them; none when it is absent.
fn nvidia_gpus() -> Vec<String> {
    let Ok(out) = Command::new("nvidia-smi")
        .args(["--query-gpu=name", "--format=csv,noheader"])
        .output()
    else {
        return Vec::new();
    };
    if !out.status.success() {
        return Vec::new();
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}
