//! `--plot FILE.svg`: workers, busy workers and queue length over time, one
//! panel per run, stacked, on a shared time axis.

use super::report::Sample;
use super::SimError;
use plotters::prelude::*;
use std::path::Path;

/// Most intervals drawn per panel; longer series are merged (keeping each
/// merged interval's peaks).
const MAX_POINTS: usize = 1500;
const PANEL_HEIGHT: u32 = 260;
const WIDTH: u32 = 960;

/// One panel: a title and the series.
pub struct Panel<'a> {
    pub title: String,
    pub samples: &'a [Sample],
}

fn merged(samples: &[Sample]) -> Vec<Sample> {
    let group = samples.len().div_ceil(MAX_POINTS).max(1);
    samples
        .chunks(group)
        .map(|chunk| Sample {
            t: chunk.last().map(|s| s.t).unwrap_or(0.0),
            workers: chunk.iter().map(|s| s.workers).max().unwrap_or(0),
            busy: chunk.iter().map(|s| s.busy).max().unwrap_or(0),
            queue: chunk.iter().map(|s| s.queue).max().unwrap_or(0),
        })
        .collect()
}

/// A step line: each interval's value held from the previous sample's time.
fn steps(samples: &[Sample], value: impl Fn(&Sample) -> u32) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(samples.len() * 2);
    let mut from = 0.0;
    for s in samples {
        let v = f64::from(value(s));
        out.push((from, v));
        out.push((s.t, v));
        from = s.t;
    }
    out
}

fn failed(e: impl std::fmt::Display) -> SimError {
    SimError::Plot(format!("cannot draw the plot: {e}"))
}

/// Writes the SVG to `path`.
pub fn draw(path: &Path, panels: &[Panel<'_>]) -> Result<(), SimError> {
    let height = PANEL_HEIGHT * panels.len().max(1) as u32;
    let root = SVGBackend::new(path, (WIDTH, height)).into_drawing_area();
    root.fill(&WHITE).map_err(failed)?;
    let areas = root.split_evenly((panels.len().max(1), 1));
    let x_max = panels
        .iter()
        .flat_map(|p| p.samples.last())
        .map(|s| s.t)
        .fold(1.0, f64::max);
    let y_max = panels
        .iter()
        .flat_map(|p| p.samples.iter())
        .map(|s| s.workers.max(s.queue).max(s.busy))
        .max()
        .unwrap_or(1)
        .max(1);
    let colours = [
        ("workers", RGBColor(31, 119, 180)),
        ("busy workers", RGBColor(44, 160, 44)),
        ("queue length", RGBColor(214, 39, 40)),
    ];
    for (panel, area) in panels.iter().zip(areas.iter()) {
        let samples = merged(panel.samples);
        let mut chart = ChartBuilder::on(area)
            .caption(&panel.title, ("sans-serif", 18))
            .margin(10)
            .x_label_area_size(32)
            .y_label_area_size(40)
            // Headroom above the data for the legend.
            .build_cartesian_2d(0.0..x_max, 0.0..f64::from(y_max) * 1.45 + 0.5)
            .map_err(failed)?;
        chart
            .configure_mesh()
            .x_desc("seconds from the start of the load")
            .y_desc("count")
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_labels(usize::try_from(y_max.min(10) * 2 + 1).unwrap_or(10))
            .y_label_formatter(&|v| {
                if v.fract() == 0.0 {
                    format!("{v:.0}")
                } else {
                    String::new()
                }
            })
            .light_line_style(WHITE.mix(0.0))
            .draw()
            .map_err(failed)?;
        let lines = [
            steps(&samples, |s| s.workers),
            steps(&samples, |s| s.busy),
            steps(&samples, |s| s.queue),
        ];
        // Workers as a wide pale band, so the busy line over it stays
        // visible where all workers are busy.
        let widths = [7, 2, 2];
        let alphas = [0.35, 1.0, 1.0];
        for (((name, colour), points), (width, alpha)) in colours
            .into_iter()
            .zip(lines)
            .zip(widths.into_iter().zip(alphas))
        {
            let style = colour.mix(alpha).stroke_width(width);
            chart
                .draw_series(LineSeries::new(points, style))
                .map_err(failed)?
                .label(name)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK.mix(0.3))
            .draw()
            .map_err(failed)?;
    }
    root.present().map_err(failed)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(t: f64, workers: u32) -> Sample {
        Sample {
            t,
            workers,
            busy: 0,
            queue: 0,
        }
    }

    #[test]
    fn long_series_keep_their_peaks() {
        let samples: Vec<Sample> = (0..10_000)
            .map(|i| sample(i as f64, u32::from(i == 4321) * 7))
            .collect();
        let m = merged(&samples);
        assert!(m.len() <= MAX_POINTS);
        assert_eq!(m.iter().map(|s| s.workers).max(), Some(7));
        assert_eq!(m.last().map(|s| s.t), Some(9999.0));
    }

    #[test]
    fn steps_hold_each_value_over_its_interval() {
        let s = steps(&[sample(1.0, 2), sample(2.0, 3)], |s| s.workers);
        assert_eq!(s, vec![(0.0, 2.0), (1.0, 2.0), (1.0, 3.0), (2.0, 3.0)]);
    }

    #[test]
    fn writes_an_svg_with_one_panel_per_run() {
        let dir = std::env::temp_dir().join(format!("everai-plot-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("p.svg");
        let a = [sample(1.0, 1), sample(2.0, 2)];
        let b = [sample(1.0, 1)];
        draw(
            &path,
            &[
                Panel {
                    title: "first set".into(),
                    samples: &a,
                },
                Panel {
                    title: "second set".into(),
                    samples: &b,
                },
            ],
        )
        .unwrap();
        let svg = std::fs::read_to_string(&path).unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40.min(svg.len())]);
        assert!(svg.contains("first set") && svg.contains("second set"));
        assert!(svg.contains("queue length"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
